using Microsoft.EntityFrameworkCore;
using Npgsql;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Infrastructure.Tests.Persistence;

/// <summary>What the migrations create, checked against the real database.</summary>
public sealed class SchemaTests(PostgresFixture postgres) : IAsyncLifetime
{
    private string _connectionString = null!;

    public async ValueTask InitializeAsync() => _connectionString = await postgres.CreateDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private AllianceDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<AllianceDbContext>();
        options.UseAllianceDatabase(_connectionString);
        return new AllianceDbContext(options.Options);
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task EveryDatabaseObject_TheCodeNames_ExistsInAMigratedDatabase()
    {
        foreach (var constraint in new[] { DatabaseObjects.RotationOverlapConstraint, DatabaseObjects.BookingOverlapConstraint })
        {
            (await ScalarAsync($"SELECT count(*) FROM pg_constraint WHERE conname = '{constraint}' AND contype = 'x'"))
                .ShouldBe(1L, $"the exclusion constraint {constraint} that DatabaseErrors maps to a problem");
        }

        (await ScalarAsync($"SELECT count(*) FROM pg_class WHERE relname = '{DatabaseObjects.ChangeSequence}' AND relkind = 'S'"))
            .ShouldBe(1L);
    }

    /// <summary>
    /// A migration keeps the SQL it ran: one that read a run-time constant would silently run different SQL on the next
    /// fresh database after the constant changed.
    /// </summary>
    [Fact]
    public void NoMigration_ReadsRunTimeCode_ForItsSql()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Infrastructure", "Persistence", "Migrations");
        var migrations = Directory.GetFiles(folder, "*.cs")
            .Where(f => !f.EndsWith(".Designer.cs", StringComparison.Ordinal) && !f.EndsWith("ModelSnapshot.cs", StringComparison.Ordinal))
            .ToList();
        migrations.ShouldNotBeEmpty();
        foreach (var file in migrations)
        {
            var text = File.ReadAllText(file);
            var sqlCalls = System.Text.RegularExpressions.Regex.Matches(text, @"migrationBuilder\.Sql\(\s*(?<arg>[^\s""])");
            sqlCalls.Select(m => m.Groups["arg"].Value).ShouldBeEmpty($"{Path.GetFileName(file)} passes something other than a literal to migrationBuilder.Sql");
            text.ShouldNotContain("using SpecialtyAlliance.", customMessage: $"{Path.GetFileName(file)} uses project code");
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpecialtyAlliance.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SpecialtyAlliance.sln not found above the test's folder.");
    }

    [Fact]
    public async Task Migrations_AreAllApplied_AndModelHasNoPendingChanges()
    {
        await using var db = NewContext();

        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse("the model differs from the last migration: add one");
    }

    [Fact]
    public async Task BtreeGist_IsInstalled()
    {
        (await ScalarAsync("SELECT count(*) FROM pg_extension WHERE extname = 'btree_gist'")).ShouldBe(1L);
    }

    [Fact]
    public async Task Names_AreSnakeCase_AndEnumsAreStoredAsText()
    {
        (await ScalarAsync("SELECT data_type FROM information_schema.columns WHERE table_name = 'hospitals' AND column_name = 'name_en'"))
            .ShouldBe("character varying");
        (await ScalarAsync("SELECT tier FROM hospitals WHERE name = '安康市中心医院'")).ShouldBe("CityCenter");
        (await ScalarAsync("SELECT count(*) FROM alliance_pairings WHERE 'cardiology' = ANY (specialties) AND status = 'Active'"))
            .ShouldBe(2L);
    }

    [Fact]
    public async Task Xmin_GuardsAgainstLostUpdates()
    {
        await using var first = NewContext();
        await using var second = NewContext();
        var id = await first.Pairings.Where(p => p.Status == PairingStatus.Active).Select(p => p.Id).FirstAsync();
        var mine = await first.Pairings.SingleAsync(p => p.Id == id);
        var theirs = await second.Pairings.SingleAsync(p => p.Id == id);

        theirs.Suspend(DateTimeOffset.UtcNow);
        await second.SaveChangesAsync();
        mine.End(DateTimeOffset.UtcNow);

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
    }

    [Fact]
    public async Task DemoData_HasTheAnkangAlliance()
    {
        await using var db = NewContext();

        (await db.Hospitals.CountAsync(h => h.Tier == HospitalTier.County)).ShouldBeGreaterThanOrEqualTo(8);
        foreach (var county in new[] { "旬阳市中医医院", "汉阴县人民医院", "岚皋县人民医院", "紫阳县人民医院", "石泉县医院", "镇坪县医院", "白河县医院", "平利县医院" })
        {
            (await db.Hospitals.AnyAsync(h => h.Name == county)).ShouldBeTrue(county);
        }

        var cityDepartments = await db.Departments.Where(d => db.Hospitals.Any(h => h.Id == d.HospitalId && h.Tier == HospitalTier.CityCenter))
            .Select(d => d.SpecialtyCode).ToListAsync();
        foreach (var specialty in new[] { "cardiology", "critical-care", "neurology", "stroke", "gastroenterology", "orthopedics", "endocrinology", "ultrasound" })
        {
            cityDepartments.ShouldContain(specialty);
        }

        (await db.Pairings.CountAsync(p => p.Status == PairingStatus.Active)).ShouldBeGreaterThanOrEqualTo(8);
        (await db.Staff.CountAsync()).ShouldBeGreaterThanOrEqualTo(7);
    }
}
