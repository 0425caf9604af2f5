using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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

            // On an empty database the PostgreSQL provider reads the history table before creating it and logs that
            // failed read as an error (npgsql/efcore.pg#3407), so a first start would show a red "fail:" for a
            // normal event. Creating the (empty) table first, as the migrator itself would, keeps the log honest.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
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
