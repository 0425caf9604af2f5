using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using SpecialtyAlliance.Api;
using SpecialtyAlliance.Api.Endpoints;
using SpecialtyAlliance.Api.Hubs;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Infrastructure.Identity;
using SpecialtyAlliance.Infrastructure.Jobs;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Infrastructure.Postgres;

var builder = WebApplication.CreateBuilder(args);
var mode = builder.Configuration.GetSection(AllianceOptions.Section).Get<AllianceOptions>()?.Mode ?? InstanceMode.All;
if (mode == InstanceMode.Worker)
{
    await WorkerHost.RunAsync(args);
    return;
}

if (mode == InstanceMode.Web)
{
    builder.Configuration[$"{JobsOptions.Section}:RunServer"] = "false";
}

// Serve the web client's files from its build output in every environment that runs from a build
// (development, tests); a published app carries them in wwwroot and this does nothing.
var webClient = builder.Configuration[$"{AllianceOptions.Section}:{nameof(AllianceOptions.WebClient)}"];
if (string.IsNullOrEmpty(webClient))
{
    builder.WebHost.UseStaticWebAssets();
}

if (!builder.Environment.IsDevelopment())
{
    builder.Logging.AddJsonConsole();
}

using (var startupLogs = LoggerFactory.Create(logging => logging.AddConsole()))
{
    var (connectionString, cluster) = await EmbeddedPostgres.ResolveAsync(builder.Configuration, startupLogs.CreateLogger("Startup"));
    builder.AddApi(connectionString, cluster);
}

var app = builder.Build();
var options = app.Services.GetRequiredService<IOptions<AllianceOptions>>().Value;
if (!string.IsNullOrEmpty(webClient))
{
    app.Environment.WebRootPath = Path.Combine(Path.GetFullPath(webClient), "wwwroot");
    app.Environment.WebRootFileProvider = new PhysicalFileProvider(app.Environment.WebRootPath);
}

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
        .InitializeAsync(options.MigrateOnStart, options.SeedDemoData);

    // A real start: the first administrator of an empty database (nothing when any account exists).
    await scope.ServiceProvider.GetRequiredService<AdministratorBootstrap>().RunAsync();
    KeyProtection.Report(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KeyProtection).FullName!), app.Configuration);
}

app.UseExceptionHandler();
app.UseStatusCodePages();

// A client file that does not exist (a stale fingerprint, a typo) is a 404 for everyone, not a sign-in challenge.
app.Use(async (context, next) =>
{
    if (context.GetEndpoint() is null
        && (context.Request.Path.StartsWithSegments("/_framework") || context.Request.Path.StartsWithSegments("/_content")))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return;
    }

    await next(context);
});
app.UseAuthentication();
app.UseAuthorization();

// The API, resource by resource; every endpoint behind the input guard (NUL in text, dates off the calendar, missing lists).
var api = app.MapGroup(string.Empty).GuardInput();
api.MapAuthEndpoints();
api.MapHospitalsEndpoints();
api.MapStaffEndpoints();
api.MapImportsEndpoints();
api.MapPairingsEndpoints();
api.MapConsultationsEndpoints();
api.MapSpecialistsEndpoints();
api.MapReferralsEndpoints();
api.MapNotificationsEndpoints();
api.MapSupportRequestsEndpoints();
api.MapRotationsEndpoints();
api.MapTechnologyGapsEndpoints();
api.MapActivitiesEndpoints();
api.MapReportsEndpoints();
api.MapAuditEndpoints();
app.MapHub<AllianceHub>("/hubs/alliance");

// The web client's files, as the build or publish listed them: Brotli or gzip as the browser accepts (compressed
// once, at publish), ETags, and a year's caching for the fingerprinted framework files (ADR 0042).
app.MapStaticAssets(string.IsNullOrEmpty(webClient) ? null : Path.Combine(Path.GetFullPath(webClient), "SpecialtyAlliance.Web.staticwebassets.endpoints.json"))
    .AllowAnonymous();

// Operations.
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference("/api/reference", reference => reference.WithTitle("SpecialtyAlliance API")).AllowAnonymous();
app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], DashboardTitle = "SpecialtyAlliance jobs" }, app.Services.GetRequiredService<JobStorage>())
    .RequireAuthorization(policy => policy.RequireRole(nameof(StaffRole.Administrator)));
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();

// The browser client: every other path is one of its pages. API, hub and operations paths are excluded, so an
// unknown API route — or a known one refused by routing (a JSON body sent without its content type) — gets its
// own problem (404, 405, 415) from the status-code pages instead of the web client's page.
app.MapFallbackToFile("/", "index.html").AllowAnonymous();
app.MapFallbackToFile("{*path:nonfile:regex(^(?!(api|hubs|hangfire|openapi|health)(/|$)).*$)}", "index.html").AllowAnonymous();

if (options.SeedDemoData)
{
    app.Lifetime.ApplicationStarted.Register(() => DemoBanner.Print(app));
}

await app.RunAsync();

/// <summary>The host's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
