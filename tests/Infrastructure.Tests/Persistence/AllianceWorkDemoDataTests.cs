using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Domain.Activities;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.TechnologyGaps;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Infrastructure.Tests.Persistence;

/// <summary>The demo alliance carries the case of domain note 004: what a newcomer sees when they sign in.</summary>
public sealed class AllianceWorkDemoDataTests(PostgresFixture postgres) : IAsyncLifetime
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

    private static Task<Guid> HospitalAsync(AllianceDbContext db, string name) => db.Hospitals.Where(h => h.Name == name).Select(h => h.Id).SingleAsync();

    [Fact]
    public async Task LangaosIcu_HasAYearLongTemporaryHead_AndATwoMonthNursingMentor()
    {
        await using var db = NewContext();
        var langao = await HospitalAsync(db, "岚皋县人民医院");

        var rotations = await db.Rotations.Where(r => r.HostHospitalId == langao).ToListAsync();

        var head = rotations.Single(r => r.Role == RotationRole.TemporaryDepartmentHead);
        head.LengthDays.ShouldBeInRange(365, 366);
        head.Status.ShouldBe(RotationStatus.Active);
        rotations.Single(r => r.Role == RotationRole.NursingMentor).LengthDays.ShouldBeInRange(59, 62);
        rotations.ShouldContain(r => r.Role == RotationRole.ResidentExpert && r.ClinicianId == head.ClinicianId, "the same expert built the unit first");
    }

    [Fact]
    public async Task TheGaps_AreZiyangsTwoFirsts_ShiquansEightCardiologyTechniques_AndSomeStillOpen()
    {
        await using var db = NewContext();
        var ziyang = await HospitalAsync(db, "紫阳县人民医院");
        var shiquan = await HospitalAsync(db, "石泉县医院");

        var ziyangFilled = await db.TechnologyGaps.Where(g => g.HospitalId == ziyang && g.FirstCaseOn != null).Select(g => g.Technique).ToListAsync();
        var shiquanGaps = await db.TechnologyGaps.Where(g => g.HospitalId == shiquan && g.SpecialtyCode == "cardiology").ToListAsync();

        ziyangFilled.ShouldContain(t => t.Contains("脑血管造影"));
        ziyangFilled.ShouldContain(t => t.Contains("甲状腺"));
        shiquanGaps.Count.ShouldBe(8);
        shiquanGaps.Count(g => g.IsFilled).ShouldBe(6);
        shiquanGaps.Count(g => g.Status == TechnologyGapStatus.Planned).ShouldBe(2);
        (await db.TechnologyGaps.CountAsync(g => g.Status == TechnologyGapStatus.Identified)).ShouldBeGreaterThanOrEqualTo(3);
        (await db.TechnologyGaps.CountAsync(g => g.Status == TechnologyGapStatus.Abandoned)).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task ActivitiesOfEveryKind_InTheLastTwoYears_AndInboundStudy_AndRequestsOpenAndAnswered()
    {
        await using var db = NewContext();
        var twoYearsAgo = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(-2));

        var kinds = await db.Activities.Where(a => a.HeldOn >= twoYearsAgo).Select(a => a.Kind).Distinct().ToListAsync();

        kinds.ShouldBe(Enum.GetValues<ActivityKind>(), ignoreOrder: true);
        (await db.Activities.AnyAsync(a => a.LiveSurgery)).ShouldBeTrue();
        (await db.Rotations.CountAsync(r => r.Role == RotationRole.InboundAdvancedStudy)).ShouldBeGreaterThanOrEqualTo(2);
        (await db.SupportRequests.CountAsync(s => s.Status == SupportRequestStatus.Open)).ShouldBeGreaterThanOrEqualTo(2);
        (await db.SupportRequests.CountAsync(s => s.Status == SupportRequestStatus.Answered)).ShouldBeGreaterThanOrEqualTo(2);
    }
}
