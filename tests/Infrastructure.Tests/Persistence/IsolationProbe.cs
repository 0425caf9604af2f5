using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Infrastructure.Tests.Persistence;

/// <summary>
/// Two test classes that write the same uniquely-named hospital into "their" database. Hospital names are
/// unique, so both can pass only if each class has a database of its own — in parallel or not.
/// </summary>
public abstract class IsolationProbe(PostgresFixture postgres)
{
    private const string ProbeName = "隔离探针医院 (isolation probe)";

    [Fact]
    public async Task EachTestClass_HasADatabaseOfItsOwn()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var options = new DbContextOptionsBuilder<AllianceDbContext>();
        options.UseAllianceDatabase(connectionString);
        await using var db = new AllianceDbContext(options.Options);

        db.Hospitals.Add(Hospital.Create(ProbeName, "Isolation probe", HospitalTier.County, HospitalKind.General, "test"));
        await db.SaveChangesAsync();

        (await db.Hospitals.CountAsync(h => h.Name == ProbeName)).ShouldBe(1);
        (await db.Hospitals.CountAsync()).ShouldBeGreaterThan(1, "the clone carries the demo data of the template");
    }
}

public sealed class IsolationProbeA(PostgresFixture postgres) : IsolationProbe(postgres);

public sealed class IsolationProbeB(PostgresFixture postgres) : IsolationProbe(postgres);
