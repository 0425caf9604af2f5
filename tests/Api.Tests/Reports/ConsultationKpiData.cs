using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Api.Tests.Consultations;
using SpecialtyAlliance.Api.Tests.Reminders;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Activities;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Contracts.Referrals;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reports;

/// <summary>
/// Consultations with hand-computed figures, made through the API by a county of the test's own and then placed in two
/// weeks of March 2024 (a period no demo record reaches) at known times — the request, and the first claim or the final
/// move — by rewriting their timestamps in the database (rows and history alike).
/// <code>
///     specialty     urgency    day (Asia/Shanghai)  first claim   ends              survey
/// A   critical-care Emergency  Mon 4 Mar 09:00      +10 min       Closed            5, referral avoided
/// B   critical-care Emergency  Mon 4 Mar 10:00      +20 min       Closed            4, not avoided
/// C   critical-care Emergency  Tue 5 Mar 09:00      +40 min (late) Closed           2, referral avoided
/// D   critical-care Urgent     Wed 6 Mar 09:00      +30 min       Completed, refer up → referral Requested
/// E   critical-care Routine    Thu 7 Mar 09:00      +100 min, released, claimed again at +300 min: Claimed
/// F   critical-care Routine    Thu 7 Mar 15:00      —             Requested (its target long passed)
/// G   critical-care Urgent     Fri 8 Mar 09:00      —             Rejected after 2 h
/// H   critical-care Emergency  Mon 11 Mar 09:00     —             Cancelled after 10 min (before its 30 min target)
/// I   critical-care Routine    Mon 11 Mar 10:00     —             Cancelled after 3 days (after its 48 h target)
/// J   cardiology    Urgent     Tue 12 Mar 09:00     +60 min       Completed, refer up → referral Admitted
/// </code>
/// The county's figures: 10 requested; claimed A B C D E J after 10 20 40 30 100 60 minutes (median 35, p90 80,
/// 5 of 6 within target); response rate 5 of 9 (H withdrawn before its target); resolution 5 of 6; satisfaction 3 rated,
/// mean 3.67, 2 of 3 rated 4–5; referral avoided 2 of 3. The critical-care pairing's: A–I (median 30, p90 76, 4 of 5
/// within target, response 4 of 8, resolution 4 of 5); the cardiology pairing's: J alone.
/// Besides, one request made now (still inside its target), and — for the scorecards' default period — rotations, gaps
/// and activities between the county and each city department (see <see cref="CreateWorkAsync"/>).
/// </summary>
internal sealed class ConsultationKpiDataSet
{
    /// <summary>A Monday…</summary>
    public static readonly DateOnly From = new(2024, 3, 4);

    /// <summary>…to the Sunday a fortnight later.</summary>
    public static readonly DateOnly To = new(2024, 3, 17);

    public static string Period => $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}";

    public required TestCounty County { get; init; }

    public required string CoordinatorEmail { get; init; }

    public required string ClinicianEmail { get; init; }

    public required Guid CriticalCarePairingId { get; init; }

    public required Guid CardiologyPairingId { get; init; }

    public required Guid CardiologyBranchId { get; init; }

    public static async Task<ConsultationKpiDataSet> CreateAsync(AllianceApi api, string countyName)
    {
        var county = await api.NewCountyAsync(countyName);
        var coordinator = await api.CreateStaffAsync("会诊报表县协调员", StaffRole.Coordinator, county.HospitalId, null);
        var clinician = await api.CreateStaffAsync("会诊报表县医生", StaffRole.Clinician, county.HospitalId, county.DepartmentId);
        var cityCardiology = await api.DepartmentId(Demo.City, "cardiology");
        using var admin = await api.ClientFor(Demo.Admin);
        var branch = (await (await admin.PostAsJsonAsync("/api/party-branches", new PartyBranchRequest(
                county.CityHospitalId, $"心内科结对党支部 {Guid.NewGuid():N}"[..16], "支部书记", 12, [cityCardiology])))
            .ShouldBe<PartyBranchResponse>(HttpStatusCode.Created)).Id;
        var cardiologyPairing = await (await admin.PostAsJsonAsync("/api/pairings", new PairingRequest(
                cityCardiology, branch, county.HospitalId, null, ["cardiology"], WorkKit.Today, "心内科结对")))
            .ShouldBe<PairingResponse>(HttpStatusCode.Created);
        await (await admin.PostAsync($"/api/pairings/{cardiologyPairing.Id}/activate", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var criticalCarePairing = await api.Db(db => db.Pairings
            .Where(p => p.CountyHospitalId == county.HospitalId && p.CityDepartmentId == county.CityDepartmentId).Select(p => p.Id).SingleAsync());

        await api.OpenCalendarAsync(Demo.IcuSpecialist);
        await api.OpenCalendarAsync(Demo.CardiologySpecialist);
        using var requester = await api.ClientFor(clinician.Email);
        using var icu = await api.ClientFor(Demo.IcuSpecialist);
        using var cardiology = await api.ClientFor(Demo.CardiologySpecialist);
        using var cityCoordinator = await api.ClientFor(Demo.CityCoordinator);

        async Task<Guid> Consult(
            string specialty, string urgency, string[] moves, int day, int hour, int minutes, Recommendation recommendation = Recommendation.ManageLocally, CloseOutRequest? survey = null)
        {
            var specialist = specialty == "cardiology" ? cardiology : icu;
            var c = await requester.RequestAsync(ConsultationTestKit.NewRequest(specialty, Enum.Parse<Urgency>(urgency)));
            foreach (var move in moves)
            {
                var (client, body) = move switch
                {
                    "schedule" => (specialist, (object?)ConsultationTestKit.NextSlot()),
                    "complete" => (specialist, new CompleteRequest("建议规范治疗，按期复查。", recommendation, null)),
                    "close-out" => (requester, survey),
                    "reject" => (specialist, new ReasonRequest("不属于本科室范围。")),
                    "cancel" => (requester, new ReasonRequest("患者已转院。")),
                    _ => (specialist, null),
                };
                c = await client.MovedAsync(c.Id, move, body);
            }

            await api.RetimeAsync(c.Id, AllianceTime.At(From.AddDays(day), new TimeOnly(hour, 0)), TimeSpan.FromMinutes(minutes));
            return c.Id;
        }

        string[] closed = ["claim", "schedule", "start", "complete", "close-out"];
        await Consult("critical-care", "Emergency", closed, 0, 9, 10, survey: new CloseOutRequest(5, true));
        await Consult("critical-care", "Emergency", closed, 0, 10, 20, survey: new CloseOutRequest(4, false));
        await Consult("critical-care", "Emergency", closed, 1, 9, 40, survey: new CloseOutRequest(2, true));
        var d = await Consult("critical-care", "Urgent", ["claim", "schedule", "start", "complete"], 2, 9, 30, recommendation: Recommendation.ReferUp);
        var e = await Consult("critical-care", "Routine", ["claim", "release", "claim"], 3, 9, 100);
        await Consult("critical-care", "Routine", [], 3, 15, 0);
        await Consult("critical-care", "Urgent", ["reject"], 4, 9, 120);
        await Consult("critical-care", "Emergency", ["cancel"], 7, 9, 10);
        await Consult("critical-care", "Routine", ["cancel"], 7, 10, 3 * 24 * 60);
        var j = await Consult("cardiology", "Urgent", ["claim", "schedule", "start", "complete"], 8, 9, 60, recommendation: Recommendation.ReferUp);

        // E's second claim, hours after its first: the first one is its response time.
        await api.Db(db => db.Database.ExecuteSqlAsync($"""
            UPDATE consultation_history SET at = (SELECT requested_at FROM consultations WHERE id = {e}) + interval '300 minutes'
            WHERE id = (SELECT id FROM consultation_history WHERE consultation_id = {e} AND action = 'Claim' ORDER BY at DESC LIMIT 1)
            """));

        // Referrals: D's stays Requested, J's is accepted and admitted; each requested an hour after its opinion.
        var referral = new ReferralRequest(d, new ReferralPriorities(true, true, false), "绿色通道");
        await (await requester.PostAsJsonAsync("/api/referrals", referral)).ShouldHaveStatus(HttpStatusCode.Created);
        var admitted = await (await requester.PostAsJsonAsync("/api/referrals", referral with { ConsultationId = j })).ShouldBe<ReferralResponse>(HttpStatusCode.Created);
        await (await cityCoordinator.PostAsJsonAsync($"/api/referrals/{admitted.Id}/accept", new AcceptReferralRequest(cityCardiology, WorkKit.Today)))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await (await cityCoordinator.PostAsync($"/api/referrals/{admitted.Id}/admit", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await api.Db(db => db.Database.ExecuteSqlAsync($"""
            UPDATE referrals r SET requested_at = c.completed_at + interval '1 hour', status_changed_at = c.completed_at + interval '2 hours'
            FROM consultations c WHERE c.id = r.consultation_id AND c.id IN ({d}, {j})
            """));

        // Now: a request still inside its response target.
        await requester.RequestAsync(ConsultationTestKit.NewRequest("critical-care", Urgency.Routine));

        var data = new ConsultationKpiDataSet
        {
            County = county,
            CoordinatorEmail = coordinator.Email,
            ClinicianEmail = clinician.Email,
            CriticalCarePairingId = criticalCarePairing,
            CardiologyPairingId = cardiologyPairing.Id,
            CardiologyBranchId = branch,
        };
        await data.CreateWorkAsync(api);
        return data;
    }

    /// <summary>
    /// In the last 12 months, between the county and the two city departments: rotations (critical care: an outbound one of
    /// 11 days and an inbound one of 3 days up to today; cardiology: 5 days), gaps filled (one mentored by each), activities
    /// (one of both hospitals: 10 participants, 100 reached; one of the city and Langao with the cardiology pairing's branch:
    /// 6 and 60; one of the county and Langao without the city: counted by neither).
    /// </summary>
    private async Task CreateWorkAsync(AllianceApi api)
    {
        var today = WorkKit.Today;
        using var city = await api.ClientFor(Demo.CityCoordinator);
        using var countyClient = await api.ClientFor(CoordinatorEmail);
        using var admin = await api.ClientFor(Demo.Admin);

        async Task Rotation(RotationRequest request)
        {
            var rotation = await city.PlanAsync(request);
            await (await city.MoveAsync($"/api/rotations/{rotation.Id}/start", rotation.Version)).ShouldHaveStatus(HttpStatusCode.OK);
        }

        var icuClinician = await api.NewCityClinicianAsync("critical-care");
        var cardiologist = await api.NewCityClinicianAsync("cardiology");
        var student = await api.CreateStaffAsync("进修医生", StaffRole.Clinician, County.HospitalId, County.DepartmentId);
        await Rotation(WorkKit.Outbound(icuClinician, County.DepartmentId, today.AddDays(-10), today.AddDays(20)));
        await Rotation(WorkKit.Outbound(cardiologist, County.DepartmentId, today.AddDays(-4), today.AddDays(5), RotationRole.VisitingExpert));
        await Rotation(new RotationRequest(student.Id, null, County.CityDepartmentId, RotationRole.InboundAdvancedStudy, today.AddDays(-2), today.AddDays(30), "进修", null));

        async Task Gap(string specialty, string mentorEmail, int firstCaseDaysAgo)
        {
            var department = await api.DepartmentId(Demo.City, specialty);
            var mentor = await api.StaffIdAsync(mentorEmail);
            var gap = await countyClient.DeclareAsync(new TechnologyGapRequest(County.HospitalId, specialty, $"结对技术 {specialty}", null, GapScope.County, GapPriority.High, today.AddDays(-60), null));
            gap = await (await city.MoveAsync($"/api/technology-gaps/{gap.Id}/plan", gap.Version, new PlanTechnologyGapRequest(department, mentor, today.AddDays(30))))
                .ShouldBe<TechnologyGapResponse>(HttpStatusCode.OK);
            await (await countyClient.MoveAsync($"/api/technology-gaps/{gap.Id}/first-case", gap.Version, new FirstCaseRequest(today.AddDays(-firstCaseDaysAgo), null, "县医生", mentor, "P-1")))
                .ShouldHaveStatus(HttpStatusCode.OK);
        }

        await Gap("critical-care", Demo.IcuSpecialist, 3);
        await Gap("cardiology", Demo.CardiologySpecialist, 1);

        var langao = await api.HospitalId(Demo.Langao);
        async Task Activity(HttpClient client, Guid[] hospitals, Guid[]? branches, int participants, int reached) =>
            await (await client.PostAsJsonAsync("/api/activities", new ActivityRequest(
                    ActivityKind.FreeClinic, $"结对义诊 {participants}", today.AddDays(-5), "县医院", false, hospitals, branches, participants, reached, "结对记分卡测试")))
                .ShouldHaveStatus(HttpStatusCode.Created);
        await Activity(countyClient, [County.CityHospitalId, County.HospitalId], null, 10, 100);
        await Activity(admin, [County.CityHospitalId, langao], [CardiologyBranchId], 6, 60);
        await Activity(admin, [County.HospitalId, langao], null, 3, 30);
    }
}

/// <summary>A test class's host with <see cref="ConsultationKpiDataSet"/> made once, before its tests.</summary>
public sealed class ConsultationKpiFixture(PostgresFixture postgres) : ApiFixture(postgres), IAsyncLifetime
{
    public const string CountyName = "会诊报表测试县医院";

    internal ConsultationKpiDataSet Data { get; private set; } = null!;

    public new async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Data = await ConsultationKpiDataSet.CreateAsync(Api, CountyName);
    }
}

internal static class RetimeKit
{
    /// <summary>
    /// Places a consultation made a moment ago at <paramref name="requestedAt"/>, its first claim (or, never claimed, its
    /// first move after the request) <paramref name="pivotAfter"/> later, every later move keeping its distance to that
    /// one — in the consultation's row and in its history.
    /// </summary>
    public static Task RetimeAsync(this AllianceApi api, Guid id, DateTimeOffset requestedAt, TimeSpan pivotAfter) =>
        api.Db(async db =>
        {
            var requested = await db.Consultations.Where(c => c.Id == id).Select(c => c.RequestedAt).SingleAsync();
            var pivot = await db.Database.SqlQuery<DateTimeOffset?>($"""
                SELECT coalesce(
                    (SELECT min(at) FROM consultation_history WHERE consultation_id = {id} AND action = 'Claim'),
                    (SELECT min(at) FROM consultation_history WHERE consultation_id = {id} AND action <> 'Request')) AS "Value"
                """).SingleAsync() ?? DateTimeOffset.MaxValue;
            var shift = pivotAfter - (pivot == DateTimeOffset.MaxValue ? TimeSpan.Zero : pivot - requested);
            await db.Database.ExecuteSqlAsync($"""
                UPDATE consultation_history
                SET at = {requestedAt} + (at - {requested}) + CASE WHEN at >= {pivot} THEN {shift} ELSE interval '0' END
                WHERE consultation_id = {id}
                """);
            return await db.Database.ExecuteSqlAsync($"""
                UPDATE consultations
                SET requested_at = {requestedAt},
                    response_due_at = {requestedAt} + (response_due_at - requested_at),
                    status_changed_at = {requestedAt} + (status_changed_at - requested_at) + CASE WHEN status_changed_at >= {pivot} THEN {shift} ELSE interval '0' END,
                    first_claimed_at = {requestedAt} + (first_claimed_at - requested_at) + {shift},
                    started_at = {requestedAt} + (started_at - requested_at) + {shift},
                    completed_at = {requestedAt} + (completed_at - requested_at) + {shift},
                    closed_at = {requestedAt} + (closed_at - requested_at) + {shift}
                WHERE id = {id}
                """);
        });
}
