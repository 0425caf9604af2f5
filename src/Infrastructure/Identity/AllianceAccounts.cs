using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Staff;
using SpecialtyAlliance.Domain.Auditing;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Infrastructure.Persistence;

namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>
/// <see cref="IAccounts"/> on ASP.NET Core Identity: invitation and reset tokens (data-protected, carrying the security
/// stamp), passwords by the <see cref="Application.Common.Security.PasswordPolicy"/>, session ends by a new security
/// stamp. E-mails go out after the commit; every change is an audit entry of type <c>Account</c>.
/// </summary>
public sealed partial class AllianceAccounts(
    AllianceDbContext db,
    UserManager<AppUser> users,
    ICurrentUser currentUser,
    IAfterCommit afterCommit,
    MailSender mail,
    AccountLinks links,
    SessionValidator sessions,
    IOptions<DataProtectionTokenProviderOptions> resetTokenOptions,
    TimeProvider clock,
    ILogger<AllianceAccounts> logger) : IAccounts
{
    public const string AuditEntityType = "Account";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static Error InvalidToken(string what) =>
        new(ErrorKind.Validation, "invalid_token", $"This {what} link is not valid any more: it was used already, has expired or is incomplete.")
        {
            FieldErrors = new Dictionary<string, string[]> { ["token"] = [$"This {what} link is not valid any more: it was used already, has expired or is incomplete."] },
        };

    public async ValueTask<Result<StaffInvitation>> InviteAgainAsync(Guid staffId, CancellationToken cancellationToken)
    {
        var account = await users.FindByIdAsync(staffId.ToString());
        var staff = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId, cancellationToken);
        if (account is null || staff is null)
        {
            return Error.NotFound("The staff member");
        }

        // A new stamp: every link sent before stops working.
        await users.UpdateSecurityStampAsync(account);
        return await InviteAsync(account, staff, cancellationToken);
    }

    /// <summary>A new invitation for an account without a password: the link, and the e-mail queued for after the commit.</summary>
    internal async Task<StaffInvitation> InviteAsync(AppUser account, StaffMember staff, CancellationToken cancellationToken)
    {
        var token = AccountTokens.Compose(
            account.Id, await users.GenerateUserTokenAsync(account, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose));
        var link = links.Invitation(token);
        var expiresAt = clock.GetUtcNow() + InvitationTokenProvider.Lifetime;
        var emailed = mail.IsConfigured;
        if (emailed)
        {
            var hospital = await db.Hospitals.Where(h => h.Id == staff.HospitalId).Select(h => h.Name).SingleAsync(cancellationToken);
            var (subject, body) = AccountMails.Invitation(staff.FullName, hospital, link, expiresAt);
            var (address, name) = (staff.Email, staff.FullName);
            afterCommit.Add(ct => mail.SendAsync(address, name, subject, body, ct));
        }

        Audit(staff.Id, "InvitationSent", new { emailed, expiresAt });
        return new StaffInvitation(staff.Id, link, expiresAt, emailed);
    }

    public async ValueTask<Result> AcceptInvitationAsync(string token, string password, CancellationToken cancellationToken)
    {
        if (!AccountTokens.TryParse(token, out var accountId, out var identityToken)
            || await users.FindByIdAsync(accountId.ToString()) is not { } account
            || await db.Staff.SingleOrDefaultAsync(s => s.Id == accountId, cancellationToken) is not { } staff
            || staff.DeactivatedAt is not null
            || account.PasswordHash is not null
            || !await users.VerifyUserTokenAsync(account, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, identityToken))
        {
            return InvalidToken("invitation");
        }

        var added = await users.AddPasswordAsync(account, password);
        if (!added.Succeeded)
        {
            return PasswordProblems("password", added);
        }

        account.EmailConfirmed = true;
        await users.UpdateAsync(account);
        staff.MarkJoined(clock.GetUtcNow());
        Write(staff.Id, "InvitationAccepted", null, staff.Id);
        return Result.Success();
    }

    public async ValueTask RequestPasswordResetAsync(string email, CancellationToken cancellationToken)
    {
        var account = await users.FindByEmailAsync(email);
        var staff = account is null ? null : await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Id == account.Id, cancellationToken);
        if (account is null || staff is not { Status: StaffStatus.Active })
        {
            // The same answer for everyone: nothing is said about who has an account.
            return;
        }

        if (!mail.IsConfigured)
        {
            LogResetNotSent(logger, staff.Id);
            return;
        }

        var token = AccountTokens.Compose(account.Id, await users.GeneratePasswordResetTokenAsync(account));
        var link = links.PasswordReset(token);
        var (subject, body) = AccountMails.PasswordReset(staff.FullName, link, clock.GetUtcNow() + resetTokenOptions.Value.TokenLifespan);
        var (address, name) = (staff.Email, staff.FullName);
        afterCommit.Add(ct => mail.SendAsync(address, name, subject, body, ct));
        Write(staff.Id, "ResetRequested", null, null);
    }

    public async ValueTask<Result> ResetPasswordAsync(string? email, string token, string password, CancellationToken cancellationToken)
    {
        if (!AccountTokens.TryParse(token, out var accountId, out var identityToken)
            || await users.FindByIdAsync(accountId.ToString()) is not { } account
            || (email is { Length: > 0 } && !string.Equals(account.Email, email, StringComparison.OrdinalIgnoreCase))
            || await db.Staff.SingleOrDefaultAsync(s => s.Id == accountId, cancellationToken) is not { DeactivatedAt: null } staff)
        {
            return InvalidToken("password-reset");
        }

        var reset = await users.ResetPasswordAsync(account, identityToken, password);
        if (!reset.Succeeded)
        {
            return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? InvalidToken("password-reset")
                : PasswordProblems("password", reset);
        }

        // A person who proves they own the address is unlocked, and counts as joined.
        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        staff.MarkJoined(clock.GetUtcNow());
        ForgetAfterCommit(accountId);
        Write(staff.Id, "PasswordReset", null, staff.Id);
        return Result.Success();
    }

    public async ValueTask<Result> ChangePasswordAsync(Guid accountId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(accountId.ToString()) is not { } account)
        {
            return Error.NotFound("Your account");
        }

        if (!await users.CheckPasswordAsync(account, currentPassword))
        {
            return Error.Validation("currentPassword", "The current password is not correct.");
        }

        var changed = await users.ChangePasswordAsync(account, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            return PasswordProblems("newPassword", changed);
        }

        ForgetAfterCommit(accountId);
        Write(accountId, "PasswordChanged", null, accountId);
        return Result.Success();
    }

    public async ValueTask EndSessionsAsync(Guid accountId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (await users.FindByIdAsync(accountId.ToString()) is { } account)
        {
            await users.UpdateSecurityStampAsync(account);
            ForgetAfterCommit(accountId);
        }
    }

    public void Audit(Guid accountId, string action, object? details = null) => Write(accountId, action, details, currentUser.UserId);

    /// <summary>An account's entry is about the person's hospital: its coordinators may read it (ADR 0038).</summary>
    private void Write(Guid accountId, string action, object? details, Guid? actorId)
    {
        var hospitalId = db.Staff.Local.FirstOrDefault(s => s.Id == accountId)?.HospitalId
            ?? db.Staff.Where(s => s.Id == accountId).Select(s => (Guid?)s.HospitalId).FirstOrDefault();
        db.AuditEntries.Add(AuditEntry.Create(
            actorId, AuditEntityType, accountId.ToString(), action, JsonSerializer.Serialize(details ?? new { }, JsonOptions), clock.GetUtcNow(),
            hospitalId is { } id ? [id] : null));
    }

    private void ForgetAfterCommit(Guid accountId)
    {
        sessions.Forget(accountId);
        afterCommit.Add(_ =>
        {
            sessions.Forget(accountId);
            return Task.CompletedTask;
        });
    }

    private static Error PasswordProblems(string field, IdentityResult result) =>
        Error.Validation(new Dictionary<string, string[]> { [field] = [.. result.Errors.Select(e => e.Description).Distinct()] });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password reset asked for account {AccountId}, but no SMTP server is configured (Alliance:Email:Host): nothing was sent")]
    private static partial void LogResetNotSent(ILogger logger, Guid accountId);
}
