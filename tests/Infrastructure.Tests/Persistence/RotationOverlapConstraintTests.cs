using Npgsql;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Infrastructure.Tests.Persistence;

/// <summary>
/// The rule "a clinician is never in two overlapping rotations" is the database's own: proven here with plain SQL,
/// past every line of application code.
/// </summary>
public sealed class RotationOverlapConstraintTests(PostgresFixture postgres) : IAsyncLifetime
{
    private string _connectionString = null!;
    private Parties _parties = null!;

    public async ValueTask InitializeAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync();
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT s.id, s.hospital_id, s.department_id, d.hospital_id, d.id
            FROM staff_members s, departments d JOIN hospitals h ON h.id = d.hospital_id
            WHERE s.email = 'icu@ankang.demo' AND h.name = '岚皋县人民医院' AND d.specialty = 'critical-care'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        _parties = new Parties(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetGuid(3), reader.GetGuid(4));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed record Parties(Guid Clinician, Guid HomeHospital, Guid HomeDepartment, Guid HostHospital, Guid HostDepartment);

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task InsertAsync(string startsOn, string endsOn, string status = "Planned")
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO assistance_rotations (id, clinician_id, home_hospital_id, home_department_id, host_hospital_id, host_department_id,
                role, starts_on, ends_on, objectives, status, planned_by_id, planned_at, status_changed_at)
            VALUES (gen_random_uuid(), @clinician, @homeHospital, @homeDepartment, @hostHospital, @hostDepartment,
                'VisitingExpert', @startsOn::date, @endsOn::date, '约束测试', @status, @clinician, now(), now())
            """, connection);
        command.Parameters.AddWithValue("clinician", _parties.Clinician);
        command.Parameters.AddWithValue("homeHospital", _parties.HomeHospital);
        command.Parameters.AddWithValue("homeDepartment", _parties.HomeDepartment);
        command.Parameters.AddWithValue("hostHospital", _parties.HostHospital);
        command.Parameters.AddWithValue("hostDepartment", _parties.HostDepartment);
        command.Parameters.AddWithValue("startsOn", startsOn);
        command.Parameters.AddWithValue("endsOn", endsOn);
        command.Parameters.AddWithValue("status", status);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task DirectInsert_OfAnOverlappingRotation_IsRefusedByTheExclusionConstraint()
    {
        await InsertAsync("2031-03-01", "2031-03-31");

        var refused = await Should.ThrowAsync<PostgresException>(() => InsertAsync("2031-03-15", "2031-04-15"));

        refused.SqlState.ShouldBe(PostgresErrorCodes.ExclusionViolation);
        refused.ConstraintName.ShouldBe(DatabaseObjects.RotationOverlapConstraint);
    }

    [Fact]
    public async Task BothEndDaysCount_SoSharingADayOverlaps_ButTheNextDayDoesNot()
    {
        await InsertAsync("2032-05-01", "2032-05-10");

        (await Should.ThrowAsync<PostgresException>(() => InsertAsync("2032-05-10", "2032-05-20"))).SqlState.ShouldBe(PostgresErrorCodes.ExclusionViolation);
        await InsertAsync("2032-05-11", "2032-05-20");
        await InsertAsync("2032-04-20", "2032-04-30");
    }

    [Fact]
    public async Task ACancelledRotation_BlocksNothing()
    {
        await InsertAsync("2033-01-01", "2033-06-30", status: "Cancelled");

        await InsertAsync("2033-02-01", "2033-02-28");
        (await Should.ThrowAsync<PostgresException>(() => InsertAsync("2033-02-15", "2033-03-15"))).SqlState.ShouldBe(PostgresErrorCodes.ExclusionViolation);
    }

    [Fact]
    public async Task AnUpdateIntoAnOverlap_IsRefusedToo()
    {
        await InsertAsync("2034-01-01", "2034-01-31");
        await InsertAsync("2034-03-01", "2034-03-31");
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "UPDATE assistance_rotations SET ends_on = '2034-03-05' WHERE clinician_id = @clinician AND starts_on = '2034-01-01'", connection);
        command.Parameters.AddWithValue("clinician", _parties.Clinician);

        var refused = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        refused.ConstraintName.ShouldBe(DatabaseObjects.RotationOverlapConstraint);
    }

    [Fact]
    public async Task RotationWrites_TakeTheClinicianLock_BeforeTheRowIsWritten()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT tgenabled::text || ':' || pg_get_triggerdef(t.oid)
            FROM pg_trigger t WHERE t.tgrelid = 'assistance_rotations'::regclass AND t.tgname = 'assistance_rotations_lock_clinician'
            """, connection);

        var trigger = (string?)await command.ExecuteScalarAsync();

        trigger.ShouldNotBeNull();
        trigger.ShouldStartWith("O:");
        trigger.ShouldContain("BEFORE INSERT OR UPDATE");
        trigger.ShouldContain("FOR EACH ROW");
    }
}
