using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Auditing;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Infrastructure.Persistence;

namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>
/// A real start on an empty database: when no account exists and <c>Alliance:Bootstrap:AdminEmail</c> and
/// <c>AdminPassword</c> are set, creates that one Administrator — of the city center hospital, which is created
/// (named by <see cref="BootstrapOptions"/>) when the database has no hospital yet (ADR 0036). When any account
/// exists it does nothing. Several instances starting at once create one: an advisory lock serialises them. The log
/// says what happened, never the password.
/// </summary>
public sealed partial class AdministratorBootstrap(
    AllianceDbContext db, UserManager<AppUser> users, IOptions<BootstrapOptions> options, TimeProvider clock, ILogger<AdministratorBootstrap> logger)
{
    private const long LockKey = 0x5A_11_A5_CE_B0_07;

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var email = settings.AdminEmail?.Trim().ToLowerInvariant();
        var password = settings.AdminPassword;
        if (string.IsNullOrEmpty(email) != string.IsNullOrEmpty(password))
        {
            throw new InvalidOperationException(
                "Alliance:Bootstrap:AdminEmail and Alliance:Bootstrap:AdminPassword go together: set both (or neither).");
        }

        if (email is null || password is null)
        {
            // Nothing to create: only say so when the database has nobody at all. A database that cannot be reached yet
            // is no reason to stop the start — the API answers 503 until it is back.
            try
            {
                if (!await db.Users.AnyAsync(cancellationToken))
                {
                    LogNoAccount(logger);
                }
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException || ex.InnerException is System.Data.Common.DbException)
            {
                LogNotChecked(logger);
            }

            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        if (await db.Users.AnyAsync(cancellationToken))
        {
            if (email is not null)
            {
                LogAccountsExist(logger);
            }

            return;
        }

        if (PasswordPolicy.Problems(password, email) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(
                "Alliance:Bootstrap:AdminPassword does not follow the password policy: " + string.Join(" ", problems));
        }

        var hospital = await db.Hospitals.OrderBy(h => h.Tier).ThenBy(h => h.Name).FirstOrDefaultAsync(cancellationToken);
        if (hospital is null)
        {
            hospital = Hospital.Create(settings.HospitalName, settings.HospitalNameEn, HospitalTier.CityCenter, HospitalKind.General, settings.Region);
            db.Hospitals.Add(hospital);
            await db.SaveChangesAsync(cancellationToken);
        }

        var account = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(account, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                "Could not create the bootstrap administrator: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var staff = StaffMember.Create(account.Id, settings.AdminName, email, StaffRole.Administrator, hospital.Id, null, null);
        staff.MarkJoined(clock.GetUtcNow());
        db.Staff.Add(staff);
        db.AuditEntries.Add(AuditEntry.Create(null, AllianceAccounts.AuditEntityType, staff.Id.ToString(), "Bootstrapped", "{}", clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogCreated(logger, email, hospital.Name);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the bootstrap administrator {Email} of {Hospital}. Sign in and add the alliance's hospitals and people; remove Alliance__Bootstrap__AdminPassword from the environment")]
    private static partial void LogCreated(ILogger logger, string email, string hospital);

    [LoggerMessage(Level = LogLevel.Information, Message = "Accounts exist: the bootstrap administrator settings are ignored")]
    private static partial void LogAccountsExist(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database could not be reached at start: whether it has any account was not checked")]
    private static partial void LogNotChecked(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database has no account and no bootstrap administrator is set: nobody can sign in. Set Alliance__Bootstrap__AdminEmail and Alliance__Bootstrap__AdminPassword (or Alliance__SeedDemoData=true for the demo)")]
    private static partial void LogNoAccount(ILogger logger);
}
