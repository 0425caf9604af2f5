using System.Net;
using System.Net.Http.Json;
using SpecialtyAlliance.Api.Tests.Reminders;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations;

/// <summary>
/// Who sees and who moves a consultation. Outside your scope it is not found (404); a move of a role that never makes it,
/// or by someone in scope who is not the right person, is forbidden (403).
/// </summary>
public sealed class ConsultationScopeTests(ApiFixture fixture) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private const string OtherShiquanClinician = "doctor2@shiquan.test";
    private const string OtherCardiologist = "cardiology2@ankang.test";

    private AllianceApi Api => fixture.Api;

    public async ValueTask InitializeAsync()
    {
        await Api.OpenCalendarAsync(Demo.CardiologySpecialist);
        await Api.AddStaffAsync(OtherShiquanClinician, StaffRole.Clinician, Demo.Shiquan, "cardiology");
        await Api.AddStaffAsync(OtherCardiologist, StaffRole.Specialist, Demo.City, "cardiology");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData(Demo.Admin, HttpStatusCode.OK)]
    [InlineData(Demo.CityCoordinator, HttpStatusCode.OK)]
    [InlineData(Demo.CardiologySpecialist, HttpStatusCode.OK)]
    [InlineData(OtherCardiologist, HttpStatusCode.OK)]
    [InlineData(Demo.ShiquanClinician, HttpStatusCode.OK)]
    [InlineData(OtherShiquanClinician, HttpStatusCode.OK)]
    [InlineData(Demo.IcuSpecialist, HttpStatusCode.NotFound)]
    [InlineData(ConsultationTestKit.NeurologySpecialist, HttpStatusCode.NotFound)]
    [InlineData(Demo.ZiyangClinician, HttpStatusCode.NotFound)]
    [InlineData(Demo.LangaoCoordinator, HttpStatusCode.NotFound)]
    [InlineData(Demo.ZiyangCoordinator, HttpStatusCode.NotFound)]
    public async Task AConsultationAndItsHistory_AreSeenByItsHospital_ItsRoutedDepartment_TheCityCoordinators_AndAdministrators_Only(
        string email, HttpStatusCode expected)
    {
        var c = await Api.ConsultationInAsync("Claimed");
        using var client = await Api.ClientFor(email);

        var response = await client.GetAsync($"/api/consultations/{c.Id}");
        var list = await client.GetFromJsonAsync<PagedResponse<ConsultationSummaryResponse>>("/api/consultations?pageSize=200");

        if (expected == HttpStatusCode.OK)
        {
            (await response.ShouldBe<ConsultationResponse>(HttpStatusCode.OK)).History.Count.ShouldBe(2);
            list!.Items.ShouldContain(i => i.Id == c.Id);
        }
        else
        {
            await response.ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
            list!.Items.ShouldNotContain(i => i.Id == c.Id);
        }
    }

    public static TheoryData<string, string, string, HttpStatusCode> RefusedMoves => new()
    {
        // Roles that never make the move: 403 (whatever the consultation).
        { "Requested", "claim", Demo.Admin, HttpStatusCode.Forbidden },
        { "Requested", "claim", Demo.CityCoordinator, HttpStatusCode.Forbidden },
        { "Requested", "claim", Demo.ShiquanClinician, HttpStatusCode.Forbidden },
        { "Requested", "reject", Demo.Admin, HttpStatusCode.Forbidden },
        { "Requested", "cancel", Demo.Admin, HttpStatusCode.Forbidden },
        { "Requested", "cancel", Demo.CardiologySpecialist, HttpStatusCode.Forbidden },
        { "Claimed", "release", Demo.ShiquanClinician, HttpStatusCode.Forbidden },
        { "Claimed", "schedule", Demo.Admin, HttpStatusCode.Forbidden },
        { "InfoRequested", "provide-info", Demo.CardiologySpecialist, HttpStatusCode.Forbidden },
        { "InfoRequested", "provide-info", Demo.Admin, HttpStatusCode.Forbidden },
        { "Scheduled", "start", Demo.ShiquanClinician, HttpStatusCode.Forbidden },
        { "Scheduled", "reschedule", Demo.CityCoordinator, HttpStatusCode.Forbidden },
        { "InProgress", "complete", Demo.ShiquanClinician, HttpStatusCode.Forbidden },
        { "Completed", "close-out", Demo.CardiologySpecialist, HttpStatusCode.Forbidden },
        { "Completed", "close-out", Demo.Admin, HttpStatusCode.Forbidden },

        // The right role, outside the scope: 404.
        { "Requested", "claim", Demo.IcuSpecialist, HttpStatusCode.NotFound },
        { "Requested", "claim", ConsultationTestKit.NeurologySpecialist, HttpStatusCode.NotFound },
        { "Requested", "reject", Demo.IcuSpecialist, HttpStatusCode.NotFound },
        { "Requested", "cancel", Demo.ZiyangClinician, HttpStatusCode.NotFound },
        { "Requested", "cancel", Demo.LangaoCoordinator, HttpStatusCode.NotFound },
        { "Claimed", "release", Demo.IcuSpecialist, HttpStatusCode.NotFound },
        { "Claimed", "request-info", Demo.IcuSpecialist, HttpStatusCode.NotFound },
        { "InfoRequested", "provide-info", Demo.ZiyangClinician, HttpStatusCode.NotFound },
        { "Scheduled", "start", Demo.IcuSpecialist, HttpStatusCode.NotFound },
        { "InProgress", "complete", Demo.IcuSpecialist, HttpStatusCode.NotFound },
        { "Completed", "close-out", Demo.ZiyangClinician, HttpStatusCode.NotFound },

        // The right role, in scope, not the right person: 403.
        { "Requested", "cancel", Demo.CityCoordinator, HttpStatusCode.Forbidden },
        { "Requested", "cancel", OtherShiquanClinician, HttpStatusCode.Forbidden },
        { "Claimed", "release", OtherCardiologist, HttpStatusCode.Forbidden },
        { "Claimed", "request-info", OtherCardiologist, HttpStatusCode.Forbidden },
        { "Claimed", "schedule", OtherCardiologist, HttpStatusCode.Forbidden },
        { "Claimed", "reject", OtherCardiologist, HttpStatusCode.Forbidden },
        { "InfoRequested", "provide-info", OtherShiquanClinician, HttpStatusCode.Forbidden },
        { "Scheduled", "start", OtherCardiologist, HttpStatusCode.Forbidden },
        { "Scheduled", "reschedule", OtherCardiologist, HttpStatusCode.Forbidden },
        { "InProgress", "complete", OtherCardiologist, HttpStatusCode.Forbidden },
        { "Completed", "close-out", OtherShiquanClinician, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public async Task AMoveThatIsNotTheCallersToMake_IsRefused_AndChangesNothing(string status, string action, string email, HttpStatusCode expected)
    {
        var c = await Api.ConsultationInAsync(status);
        using var client = await Api.ClientFor(email);
        object? body = action switch
        {
            "schedule" or "reschedule" => ConsultationTestKit.NextSlot(),
            "request-info" => new RequestInfoRequest("?"),
            "provide-info" => new ProvideInfoRequest("!"),
            "complete" => ConsultationTestKit.Opinion,
            "close-out" => ConsultationTestKit.Survey,
            "reject" or "cancel" => new ReasonRequest("原因"),
            _ => null,
        };

        await (await client.MoveAsync(c.Id, action, body)).ShouldBeProblem(expected, expected == HttpStatusCode.NotFound ? "not_found" : "forbidden");

        using var requester = await Api.ClientFor(Demo.ShiquanClinician);
        var after = await requester.GetConsultationAsync(c.Id);
        after.Status.ToString().ShouldBe(status);
        after.Version.ShouldBe(c.Version);
    }

    [Fact]
    public async Task TheRequestingHospitalsCoordinator_MayCancel()
    {
        using var ziyang = await Api.ClientFor(Demo.ZiyangClinician);
        using var coordinator = await Api.ClientFor(Demo.ZiyangCoordinator);
        var c = await ziyang.RequestAsync(ConsultationTestKit.NewRequest("neurology"));

        var cancelled = await coordinator.MovedAsync(c.Id, "cancel", new ReasonRequest("医务科协调：患者已转上级医院。"));

        cancelled.Status.ShouldBe(ConsultationStatus.Cancelled);
        cancelled.History[^1].ActorName.ShouldBe("黄志刚");
    }

    [Fact]
    public async Task Administrators_SeeEverything_ButMakeNoMove()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var c = await Api.ConsultationInAsync("Requested");

        (await admin.GetConsultationAsync(c.Id)).AllowedActions.ShouldBeEmpty();
        var all = await admin.GetFromJsonAsync<PagedResponse<ConsultationSummaryResponse>>("/api/consultations?pageSize=200");
        all!.Items.Select(i => i.RequestingHospitalName).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public async Task Lists_FilterByStatus_Specialty_Urgency_Hospital_AndTime()
    {
        using var admin = await Api.ClientFor(Demo.Admin);
        var c = await Api.ConsultationInAsync("Claimed");
        var shiquan = await Api.HospitalId(Demo.Shiquan);
        string Time(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O"));

        var found = await admin.GetFromJsonAsync<PagedResponse<ConsultationSummaryResponse>>(
            $"/api/consultations?status=Claimed&specialty=cardiology&urgency=Routine&hospitalId={shiquan}&from={Time(c.RequestedAt)}&to={Time(c.RequestedAt.AddSeconds(5))}&pageSize=200");
        var later = await admin.GetFromJsonAsync<PagedResponse<ConsultationSummaryResponse>>(
            $"/api/consultations?from={Time(c.RequestedAt.AddMilliseconds(1))}&pageSize=200");

        var item = found!.Items.Single(i => i.Id == c.Id);
        found.Items.ShouldAllBe(i => i.Status == ConsultationStatus.Claimed && i.Specialty == "cardiology" && i.Urgency == Urgency.Routine && i.RequestingHospitalId == shiquan);
        later!.Items.ShouldNotContain(i => i.Id == c.Id);
        item.ClaimedByName.ShouldBe("陈明远");
        item.SpecialtyNameZh.ShouldBe("心血管内科");
        var rejected = await admin.GetFromJsonAsync<PagedResponse<ConsultationSummaryResponse>>("/api/consultations?status=Rejected");
        rejected!.Items.ShouldAllBe(i => i.Status == ConsultationStatus.Rejected);
        rejected.Total.ShouldBeGreaterThanOrEqualTo(1);

        var problem = await (await admin.GetAsync("/api/consultations?status=Lost&urgency=Soon&specialty=astrology&page=0&pageSize=500"))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!.Keys.ShouldBe(["status", "urgency", "specialty", "page", "pageSize"], ignoreOrder: true);
    }

    [Fact]
    public async Task Lists_FilterByTheClaimingSpecialist_ForASpecialistsOwnDesk()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        using var me = await Api.ClientFor(Demo.CardiologySpecialist);
        using var colleague = await Api.ClientFor(OtherCardiologist);
        var mine = await me.MovedAsync((await clinician.RequestAsync()).Id, "claim");
        var theirs = await colleague.MovedAsync((await clinician.RequestAsync()).Id, "claim");
        var myId = await Api.StaffIdAsync(Demo.CardiologySpecialist);

        var desk = await me.GetFromJsonAsync<PagedResponse<ConsultationSummaryResponse>>($"/api/consultations?claimedBy={myId}&status=Claimed&pageSize=200");
        var department = await me.GetFromJsonAsync<PagedResponse<ConsultationSummaryResponse>>("/api/consultations?status=Claimed&pageSize=200");

        desk!.Items.ShouldContain(i => i.Id == mine.Id);
        desk.Items.ShouldNotContain(i => i.Id == theirs.Id);
        desk.Items.ShouldAllBe(i => i.ClaimedById == myId);
        department!.Items.ShouldContain(i => i.Id == theirs.Id, "without the filter the department's claims are all listed");
        var clinicianSees = await clinician.GetFromJsonAsync<PagedResponse<ConsultationSummaryResponse>>($"/api/consultations?claimedBy={myId}&pageSize=200");
        clinicianSees!.Items.ShouldAllBe(i => i.RequestingHospitalName == Demo.Shiquan, "the filter narrows the caller's scope, never widens it");
    }

    [Fact]
    public async Task UnknownConsultation_Returns404()
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        await (await specialist.GetAsync($"/api/consultations/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await specialist.MoveAsync(Guid.CreateVersion7(), "claim")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }
}
