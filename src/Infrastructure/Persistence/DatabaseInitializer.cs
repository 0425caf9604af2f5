using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpecialtyAlliance.Infrastructure.Demo;
using SpecialtyAlliance.Infrastructure.Jobs;

namespace SpecialtyAlliance.Infrastructure.Persistence;

/// <summary>Brings the database to the current schema and, when asked, loads the demo alliance into an empty one.</summary>
public sealed partial class DatabaseInitializer(AllianceDbContext db, DemoSeeder demo, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool migrate, bool seedDemo, CancellationToken cancellationToken = default)
    {
        if (migrate)
        {
            // Takes the migrations lock, so several instances starting at once apply each migration once.
            LogMigrating(logger);
            await db.Database.MigrateAsync(cancellationToken);
            JobsRegistration.InstallSchema(db.Database.GetConnectionString()!);
        }

        if (seedDemo)
        {
            await demo.SeedAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bringing the database schema up to date")]
    private static partial void LogMigrating(ILogger logger);
}
