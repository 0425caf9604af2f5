using System.Net;
using System.Net.Http.Json;
using SpecialtyAlliance.Api.Tests.Reminders;
using SpecialtyAlliance.Contracts.Activities;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reports;

/// <summary>
/// A small data set with hand-computed figures, made through the API in a county of the test's own (so the demo data
/// never counts). The period is the 28 days [today − 14, today + 13].
/// </summary>
internal sealed class KpiDataSet
{
    public static DateOnly Today => WorkKit.Today;

    public static DateOnly From => Today.AddDays(-14);

    public static DateOnly To => Today.AddDays(13);

    public required TestCounty County { get; init; }

    public required string CoordinatorEmail { get; init; }

    /// <summary>
    /// Rotations (3 count: 28 + 14 + 9 = 51 clinician-days = 1.68 months), activities (3 count: 23 participants, 312
    /// reached), gaps filled (2: one County, one Hospital scope) — and as many that must not count.
    /// </summary>
    public static async Task<KpiDataSet> CreateAsync(AllianceApi api, string countyName)
    {
        var county = await api.NewCountyAsync(countyName);
        var coordinator = await api.CreateStaffAsync("报表县协调员", StaffRole.Coordinator, county.HospitalId, null);
        var countyClinician = await api.CreateStaffAsync("报表县医生", StaffRole.Clinician, county.HospitalId, county.DepartmentId);
        using var city = await api.ClientFor(Demo.CityCoordinator);
        using var countyClient = await api.ClientFor(coordinator.Email);

        // Rotations hosted by the county, or of its clinicians.
        async Task<RotationResponse> Plan(RotationRequest request, params string[] moves)
        {
            var rotation = await city.PlanAsync(request);
            foreach (var move in moves)
            {
                rotation = await (await city.MoveAsync($"/api/rotations/{rotation.Id}/{move}", rotation.Version, move == "cancel" ? new CancelRotationRequest("取消") : null))
                    .ShouldBe<RotationResponse>(HttpStatusCode.OK);
            }

            return rotation;
        }

        var a = await api.NewCityClinicianAsync();
        var b = await api.NewCityClinicianAsync("nursing");
        var c = await api.NewCityClinicianAsync();
        var d = await api.NewCityClinicianAsync();
        await Plan(WorkKit.Outbound(a, county.DepartmentId, Today.AddDays(-40), Today.AddDays(50), RotationRole.ResidentExpert), "start");     // 28 days in the period
        await Plan(WorkKit.Outbound(b, county.DepartmentId, Today, Today.AddDays(60), RotationRole.NursingMentor), "start", "complete");     // 14 days
        await Plan(WorkKit.Outbound(c, county.DepartmentId, Today.AddDays(1), Today.AddDays(3), RotationRole.VisitingExpert));             // planned only: not counted
        await Plan(WorkKit.Outbound(c, county.DepartmentId, Today.AddDays(20), Today.AddDays(30), RotationRole.VisitingExpert), "start");  // after the period
        await Plan(WorkKit.Outbound(d, county.DepartmentId, Today.AddDays(-10), Today.AddDays(5), RotationRole.ResidentExpert), "cancel"); // cancelled
        var cityIcu = await api.DepartmentId(Demo.City, "critical-care");
        await Plan(new RotationRequest(countyClinician.Id, null, cityIcu, RotationRole.InboundAdvancedStudy, Today.AddDays(5), Today.AddDays(100), "进修", null), "start"); // 9 days

        // Activities the county took part in, in the period and out of it.
        var cityId = county.CityHospitalId;
        async Task Activity(ActivityKind kind, int daysAgo, int participants, int reached, Guid? other = null) =>
            await (await countyClient.PostAsJsonAsync("/api/activities", new ActivityRequest(
                    kind, $"{kind} {daysAgo}", Today.AddDays(-daysAgo), "县医院", false, [cityId, other ?? county.HospitalId], null, participants, reached, "报表测试")))
                .ShouldHaveStatus(HttpStatusCode.Created);
        await Activity(ActivityKind.FreeClinic, 3, 10, 200);
        await Activity(ActivityKind.FreeClinic, 10, 5, 100);
        await Activity(ActivityKind.TeachingRounds, 1, 8, 12);
        await Activity(ActivityKind.FreeClinic, 30, 99, 999);
        using var admin = await api.ClientFor(Demo.Admin);
        await (await admin.PostAsJsonAsync("/api/activities", new ActivityRequest(
                ActivityKind.ThemePartyDay, "别的县", Today.AddDays(-2), "岚皋", false, [cityId, await api.HospitalId(Demo.Langao)], null, 50, 50, "不属于本县")))
            .ShouldHaveStatus(HttpStatusCode.Created);

        // Gaps: filled in the period (County, Hospital-established), filled before it, filled then abandoned, open.
        var mentor = await api.StaffIdAsync(Demo.IcuSpecialist);
        async Task Gap(GapScope scope, int? firstCaseDaysAgo, params string[] after)
        {
            var gap = await countyClient.DeclareAsync(new TechnologyGapRequest(county.HospitalId, "critical-care", $"技术 {scope} {firstCaseDaysAgo}", null, scope, GapPriority.High, Today.AddDays(-100), null));
            if (firstCaseDaysAgo is not { } days)
            {
                return;
            }

            gap = await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version, new PlanTechnologyGapRequest(cityIcu, mentor, Today.AddDays(30))))
                .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
            gap = await (await countyClient.MoveAsync($"/api/technology-gaps/{gap.Id}/first-case", gap.Version, new FirstCaseRequest(Today.AddDays(-days), null, "县医生", mentor, "R-1")))
                .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
            foreach (var move in after)
            {
                object body = move == "establish" ? new EstablishTechnologyGapRequest(Today.AddDays(-2)) : new AbandonTechnologyGapRequest("未能常规开展");
                gap = await (await countyClient.MoveAsync($"/api/technology-gaps/{gap.Id}/{move}", gap.Version, body)).ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
            }
        }

        await Gap(GapScope.County, 5);
        await Gap(GapScope.Hospital, 12, "establish");
        await Gap(GapScope.County, 20);
        await Gap(GapScope.City, 7, "abandon");
        await Gap(GapScope.City, null);

        return new KpiDataSet { County = county, CoordinatorEmail = coordinator.Email };
    }
}

/// <summary>A test class's host with <see cref="KpiDataSet"/> made once, before its tests.</summary>
public sealed class KpiFixture(PostgresFixture postgres) : ApiFixture(postgres), IAsyncLifetime
{
    internal KpiDataSet Data { get; private set; } = null!;

    public new async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Data = await KpiDataSet.CreateAsync(Api, "报表测试县医院");
    }
}

/// <summary>
/// Five gaps with known dates in a county of the test's own: filled after 10 (established), 30 and 58 days; one
/// planned; one filled after 5 days then abandoned (not filled, so not in the median). Median of the filled: 30.
/// </summary>
public sealed class GapReportFixture(PostgresFixture postgres) : ApiFixture(postgres), IAsyncLifetime
{
    public const string CountyName = "空白报表测试县医院";

    internal TestCounty County { get; private set; } = null!;

    internal string CoordinatorEmail { get; private set; } = null!;

    public new async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        County = await Api.NewCountyAsync(CountyName);
        CoordinatorEmail = (await Api.CreateStaffAsync("空白县协调员", StaffRole.Coordinator, County.HospitalId, null)).Email;
        using var county = await Api.ClientFor(CoordinatorEmail);
        using var city = await Api.ClientFor(Demo.CityCoordinator);
        var cityIcu = await Api.DepartmentId(Demo.City, "critical-care");
        var mentor = await Api.StaffIdAsync(Demo.IcuSpecialist);

        async Task Gap(string specialty, string identified, string? firstCase, string? then = null)
        {
            var gap = await county.DeclareAsync(new TechnologyGapRequest(
                County.HospitalId, specialty, $"技术 {identified} {firstCase}", null, GapScope.County, GapPriority.Medium, DateOnly.Parse(identified), null));
            gap = await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version, new PlanTechnologyGapRequest(cityIcu, mentor, DateOnly.Parse(identified).AddDays(90))))
                .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
            if (firstCase is null)
            {
                return;
            }

            gap = await (await county.MoveAsync($"/api/technology-gaps/{gap.Id}/first-case", gap.Version, new FirstCaseRequest(DateOnly.Parse(firstCase), null, "县医生", mentor, "R")))
                .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
            if (then is not null)
            {
                object body = then == "establish" ? new EstablishTechnologyGapRequest(DateOnly.Parse(firstCase).AddDays(30)) : new AbandonTechnologyGapRequest("未能开展");
                await (await county.MoveAsync($"/api/technology-gaps/{gap.Id}/{then}", gap.Version, body)).ShouldHaveStatus(HttpStatusCode.OK);
            }
        }

        await Gap("critical-care", "2025-01-01", "2025-01-11", "establish"); // 10 days
        await Gap("critical-care", "2025-01-01", "2025-01-31");              // 30 days
        await Gap("critical-care", "2025-02-01", "2025-03-31");              // 58 days
        await Gap("nursing", "2024-06-01", null);                            // planned, open
        await Gap("critical-care", "2025-02-01", "2025-02-06", "abandon");  // 5 days, then abandoned
    }
}
