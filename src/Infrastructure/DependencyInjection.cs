using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Application.Consultations;
using SpecialtyAlliance.Application.Staff;
using SpecialtyAlliance.Infrastructure.Demo;
using SpecialtyAlliance.Infrastructure.Identity;
using SpecialtyAlliance.Infrastructure.Jobs;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Infrastructure.Persistence.Interceptors;

namespace SpecialtyAlliance.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Persistence (EF Core on PostgreSQL), Identity's stores, shared data-protection keys and background jobs.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString, IConfiguration configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        foreach (var interceptor in SaveInterceptors.InOrder)
        {
            services.AddScoped(interceptor);
        }

        services.AddScoped<IAfterCommit>(sp => sp.GetRequiredService<AfterCommitInterceptor>());
        services.AddDbContext<AllianceDbContext>((sp, options) => options
            .UseAllianceDatabase(connectionString)
            .AddInterceptors(SaveInterceptors.InOrder.Select(type => (IInterceptor)sp.GetRequiredService(type))));
        services.AddScoped<IAllianceDbContext>(sp => sp.GetRequiredService<AllianceDbContext>());

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters = string.Empty;

                // The platform's policy (PolicyPasswordValidator) replaces Identity's character rules.
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;

                // "Confirmed" means "not deactivated" here (ActiveStaffConfirmation): a leaver cannot sign in.
                options.SignIn.RequireConfirmedAccount = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AllianceDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AllianceClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName);
        services.Replace(ServiceDescriptor.Scoped<IPasswordValidator<AppUser>, PolicyPasswordValidator>());
        services.AddScoped<IUserConfirmation<AppUser>, ActiveStaffConfirmation>();
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(2));
        services.AddOptions<InvitationTokenProviderOptions>();

        // Accounts: onboarding, invitations, passwords, sessions, e-mail, the bootstrap administrator (ADRs 0034–0036).
        services.AddMemoryCache();
        services.AddSingleton<SessionValidator>();
        services.AddOptions<EmailOptions>()
            .BindConfiguration(EmailOptions.Section)
            .Validate(o => !o.IsConfigured || !string.IsNullOrWhiteSpace(o.From), "Alliance:Email:From is required with Alliance:Email:Host.")
            .Validate(o => o.Port is > 0 and < 65536, "Alliance:Email:Port must be a TCP port.")
            .ValidateOnStart();
        services.AddOptions<AccountLinkOptions>().BindConfiguration("Alliance");
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);
        services.AddSingleton<MailSender>();
        services.AddScoped(sp => new AccountLinks(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccountLinkOptions>>(),
            sp.GetService<Microsoft.AspNetCore.Http.IHttpContextAccessor>()));
        services.AddScoped<AllianceAccounts>();
        services.AddScoped<IAccounts>(sp => sp.GetRequiredService<AllianceAccounts>());
        services.AddScoped<IStaffOnboarding, StaffOnboarding>();
        services.AddScoped<SignInAudit>();
        services.AddScoped<AdministratorBootstrap>();

        services.AddDataProtection()
            .SetApplicationName("SpecialtyAlliance")
            .PersistKeysToDbContext<AllianceDbContext>()
            .ProtectKeys(configuration);

        services.AddJobs(connectionString, configuration);
        services.AddOptions<ConsultationOptions>()
            .BindConfiguration(ConsultationOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.IsOrdered, "Alliance:Consultations: response targets must not grow with urgency (Emergency ≤ Urgent ≤ Routine).")
            .ValidateOnStart();

        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoSeeder>();
        return services;
    }

    /// <summary>The one place that says how the context talks to PostgreSQL (also used at design time and by tests).</summary>
    public static DbContextOptionsBuilder UseAllianceDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            // A save the database refuses is mostly an expected answer (a taken slot, an overlap, a concurrent edit: a 409
            // by DatabaseErrors), not an error to log with a stack trace; what is truly unexpected still reaches the API's
            // exception handler, which logs it at Error.
            .ConfigureWarnings(warnings => warnings.Log(
                (CoreEventId.SaveChangesFailed, Microsoft.Extensions.Logging.LogLevel.Debug),
                (CoreEventId.OptimisticConcurrencyException, Microsoft.Extensions.Logging.LogLevel.Debug)));
}
