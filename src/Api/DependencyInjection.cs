using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using SpecialtyAlliance.Api.Hubs;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Behaviors;
using SpecialtyAlliance.Application.Consultations;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Infrastructure;
using SpecialtyAlliance.Infrastructure.Identity;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Infrastructure.Postgres;

namespace SpecialtyAlliance.Api;

internal static class DependencyInjection
{
    /// <summary>Everything the host serves with: the layers, the mediator pipeline, authentication, problems, OpenAPI, health, the hub.</summary>
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder, string connectionString, LocalPostgresCluster? embeddedCluster)
    {
        var services = builder.Services;
        services.AddCore(builder.Configuration, connectionString, embeddedCluster);
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddHttpContextAccessor();

        AddAuthentication(builder);

        services.AddProblemDetails(options => options.CustomizeProblemDetails = StatusCodeProblems.Customize);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.AllowTrailingCommas = false;
            ContractJson.Configure(options.SerializerOptions);
        });

        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "SpecialtyAlliance API";
            document.Info.Description = "城市医院—县医院 党建+专科联盟: pairings, rotations, technology gaps, teleconsultations. "
                + "Sign in with POST /api/auth/login and send the token as `Authorization: Bearer …`.";
            return Task.CompletedTask;
        }));

        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// What every kind of instance needs — web or worker-only: options, the layers, the mediator and its
    /// pipeline, SignalR's hub context (through Redis when <c>ConnectionStrings:Redis</c> is set, so a push
    /// from any instance reaches clients connected to any other).
    /// </summary>
    public static IServiceCollection AddCore(
        this IServiceCollection services, IConfiguration configuration, string connectionString, LocalPostgresCluster? embeddedCluster)
    {
        services.AddOptions<AllianceOptions>()
            .BindConfiguration(AllianceOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        if (embeddedCluster is not null)
        {
            services.AddSingleton(embeddedCluster);
            services.AddHostedService<EmbeddedPostgresLifetime>();
        }

        services.AddApplication();
        services.AddInfrastructure(connectionString, configuration);

        // The mediator is generated here, for the handlers of the Application assembly. Scoped, because
        // handlers use the scoped DbContext. The pipeline, in order: logging → validation → authorization → unit of work →
        // idempotency (creates that honour Idempotency-Key; inside the transaction, so the key is kept with what it created).
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Application.DependencyInjection)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(AuthorizationBehavior<,>),
                typeof(UnitOfWorkBehavior<,>),
                typeof(IdempotencyBehavior<,>),
            ];
        });

        var signalR = services.AddSignalR().AddJsonProtocol(options => ContractJson.Configure(options.PayloadSerializerOptions));
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("alliance"));
        }

        services.AddSingleton<INotificationPusher, HubNotificationPusher>();
        services.AddSingleton<IConsultationFeed, HubConsultationFeed>();
        return services;
    }

    private static void AddAuthentication(WebApplicationBuilder builder)
    {
        const string smart = "BearerOrCookie";
        var tokenLifetime = builder.Configuration.GetSection(AllianceOptions.Section).Get<AllianceOptions>()?.TokenLifetime
            ?? new AllianceOptions().TokenLifetime;

        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = smart;
                options.DefaultChallengeScheme = smart;
            })
            .AddPolicyScheme(smart, "Bearer token or cookie", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 || context.Request.Query.ContainsKey("access_token")
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                options.BearerTokenExpiration = tokenLifetime;
                options.Events = new BearerTokenEvents
                {
                    // Browsers cannot set headers on WebSocket requests: the hub takes the token from the query.
                    OnMessageReceived = async context =>
                    {
                        if (context.Request.Path.StartsWithSegments("/hubs")
                            && context.Request.Query["access_token"] is { Count: > 0 } token)
                        {
                            context.Token = token;
                        }

                        // A token whose account was deactivated, or whose sessions were ended, is refused at once (ADR 0035).
                        var presented = context.Token ?? BearerFrom(context.Request.Headers.Authorization.ToString());
                        if (presented is not null
                            && context.Options.BearerTokenProtector.Unprotect(presented) is { Principal: { } principal }
                            && !await context.HttpContext.RequestServices.GetRequiredService<SessionValidator>()
                                .IsCurrentAsync(principal, context.HttpContext.RequestAborted))
                        {
                            context.Fail("The session has ended.");
                        }
                    },
                };
            })
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                options.Cookie.Name = "alliance.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = tokenLifetime;
                options.SlidingExpiration = true;

                // An API answers 401/403; it never redirects to a sign-in page.
                options.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = async context =>
                    {
                        if (context.Principal is { } principal
                            && !await context.HttpContext.RequestServices.GetRequiredService<SessionValidator>()
                                .IsCurrentAsync(principal, context.HttpContext.RequestAborted))
                        {
                            context.RejectPrincipal();
                            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                        }
                    },
                    OnRedirectToLogin = context =>
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        return Task.CompletedTask;
                    },
                    OnRedirectToAccessDenied = context =>
                    {
                        context.Response.StatusCode = StatusCodes.Status403Forbidden;
                        return Task.CompletedTask;
                    },
                };
            });

        // Identity's sign-in manager also looks for these schemes; they are never used to sign in here.
        builder.Services.AddAuthentication()
            .AddCookie(IdentityConstants.ExternalScheme)
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme);

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }

    private static string? BearerFrom(string authorization) =>
        authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7
            ? authorization[7..].Trim()
            : null;
}
