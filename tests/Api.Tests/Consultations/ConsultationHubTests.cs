using System.Net;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Api.Tests.Reminders;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations;

/// <summary>
/// Live updates over SignalR with real hub connections: every committed move reaches the requesting hospital and the
/// routed department, in order, with its sequence — and nobody else; refused moves send nothing.
/// </summary>
public sealed class ConsultationHubTests(ApiFixture fixture) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private AllianceApi Api => fixture.Api;

    public async ValueTask InitializeAsync() => await Api.OpenCalendarAsync(Demo.CardiologySpecialist);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task EveryMove_IsPushedInOrder_ToTheRequestingHospital_AndTheRoutedDepartment_AndToNobodyElse()
    {
        await using var requester = await HubRecorder.ConnectAsync(Api, Demo.ShiquanClinician);
        await using var specialist = await HubRecorder.ConnectAsync(Api, Demo.CardiologySpecialist);
        await using var unpaired = await HubRecorder.ConnectAsync(Api, Demo.IcuSpecialist);
        await using var otherDepartment = await HubRecorder.ConnectAsync(Api, ConsultationTestKit.NeurologySpecialist);
        await using var otherHospital = await HubRecorder.ConnectAsync(Api, Demo.ZiyangClinician);
        await using var otherCoordinator = await HubRecorder.ConnectAsync(Api, Demo.LangaoCoordinator);
        await using var cityCoordinator = await HubRecorder.ConnectAsync(Api, Demo.CityCoordinator);
        await using var admin = await HubRecorder.ConnectAsync(Api, Demo.Admin);
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        using var cardiologist = await Api.ClientFor(Demo.CardiologySpecialist);

        var c = await clinician.RequestAsync();
        await cardiologist.MovedAsync(c.Id, "claim");
        await cardiologist.MovedAsync(c.Id, "release");
        await cardiologist.MovedAsync(c.Id, "claim");
        await cardiologist.MovedAsync(c.Id, "request-info", new RequestInfoRequest("请补充心脏超声。"));
        await clinician.MovedAsync(c.Id, "provide-info", new ProvideInfoRequest("EF 55%。"));
        await cardiologist.MovedAsync(c.Id, "claim");
        await cardiologist.MovedAsync(c.Id, "schedule", ConsultationTestKit.NextSlot());
        await cardiologist.MovedAsync(c.Id, "reschedule", ConsultationTestKit.NextSlot());
        await cardiologist.MovedAsync(c.Id, "start");
        await cardiologist.MovedAsync(c.Id, "complete", ConsultationTestKit.Opinion);
        var closed = await clinician.MovedAsync(c.Id, "close-out", ConsultationTestKit.Survey);

        ConsultationStatus[] expected = [.. new[] { "Requested", "Claimed", "Requested", "Claimed", "InfoRequested", "Requested", "Claimed", "Scheduled", "Scheduled", "InProgress", "Completed", "Closed" }.Select(Enum.Parse<ConsultationStatus>)];
        foreach (var hub in new[] { requester, specialist })
        {
            await HubRecorder.Eventually(() => hub.ChangesOf(c.Id).Count == expected.Length, $"{hub.Email} receives all {expected.Length} changes");
            var changes = hub.ChangesOf(c.Id);
            changes.Select(x => x.Status).ShouldBe(expected, $"{hub.Email} receives the moves in order");
            changes.Select(x => x.Sequence).ShouldBe(closed.History.Select(h => h.Sequence), $"{hub.Email}: each change carries its history row's sequence");
            changes.ShouldAllBe(x => x.Specialty == "cardiology" && x.RequestingHospitalId == c.RequestingHospitalId && x.RequestedAt == c.RequestedAt);
            changes[1].ClaimedBy.ShouldBe(closed.ClaimedById);
            changes[2].ClaimedBy.ShouldBeNull();
        }

        // Later changes that do reach the other listeners prove their connections work — and that ours would have arrived by now.
        using var ziyang = await Api.ClientFor(Demo.ZiyangClinician);
        using var langao = await Api.ClientFor(Demo.LangaoClinician);
        var ziyangRequest = await ziyang.RequestAsync(ConsultationTestKit.NewRequest("neurology"));
        var langaoRequest = await langao.RequestAsync(ConsultationTestKit.NewRequest("critical-care"));
        await HubRecorder.Eventually(() => otherHospital.ChangesOf(ziyangRequest.Id).Count == 1 && otherDepartment.ChangesOf(ziyangRequest.Id).Count == 1,
            "Ziyang's request reaches Ziyang and city neurology");
        await HubRecorder.Eventually(() => unpaired.ChangesOf(langaoRequest.Id).Count == 1 && otherCoordinator.ChangesOf(langaoRequest.Id).Count == 1,
            "Langao's request reaches Langao and city critical care");

        foreach (var hub in new[] { unpaired, otherDepartment, otherHospital, otherCoordinator, cityCoordinator, admin })
        {
            hub.ChangesOf(c.Id).ShouldBeEmpty($"{hub.Email} is neither the requesting hospital nor the routed department");
        }

        cityCoordinator.Changes.ShouldBeEmpty();
        admin.Changes.ShouldBeEmpty();
        requester.ChangesOf(ziyangRequest.Id).ShouldBeEmpty();
        specialist.ChangesOf(langaoRequest.Id).ShouldBeEmpty();
    }

    [Fact]
    public async Task ARefusedMove_SendsNothing_OnlyCommittedChangesAreSent()
    {
        await using var specialistHub = await HubRecorder.ConnectAsync(Api, Demo.CardiologySpecialist);
        using var cardiologist = await Api.ClientFor(Demo.CardiologySpecialist);
        var slot = ConsultationTestKit.NextSlot();
        var first = await Api.ConsultationInAsync("Claimed");
        var second = await Api.ConsultationInAsync("Claimed");
        await cardiologist.MovedAsync(first.Id, "schedule", slot);
        await HubRecorder.Eventually(() => specialistHub.ChangesOf(second.Id).Count == 2, "the second consultation's request and claim arrive");

        await (await cardiologist.MoveAsync(second.Id, "schedule", slot)).ShouldBeProblem(HttpStatusCode.Conflict, "slot_taken");
        await (await cardiologist.MoveAsync(second.Id, "start")).ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");
        var released = await cardiologist.MovedAsync(second.Id, "release");

        await HubRecorder.Eventually(() => specialistHub.ChangesOf(second.Id).Count >= 3, "the release arrives");
        specialistHub.ChangesOf(second.Id).Select(x => x.Status).ShouldBe([ConsultationStatus.Requested, ConsultationStatus.Claimed, ConsultationStatus.Requested]);
        specialistHub.ChangesOf(second.Id)[^1].Sequence.ShouldBe(released.LastSequence);
        (await Api.Db(db => db.Consultations.Where(x => x.Id == second.Id).Select(x => x.LastSequence).SingleAsync())).ShouldBe(released.LastSequence);
    }

    [Fact]
    public async Task OnConnect_AConnectionJoinsItsUser_ItsHospital_AndForASpecialist_TheFeedsOfTheirDepartment()
    {
        var cityId = await Api.HospitalId(Demo.City);
        var shiquanId = await Api.HospitalId(Demo.Shiquan);
        var cardiology = await Api.DepartmentId(Demo.City, "cardiology");
        var neurology = await Api.DepartmentId(Demo.City, "neurology");
        var critical = await Api.DepartmentId(Demo.City, "critical-care");

        await using var cardiologist = await HubRecorder.ConnectAsync(Api, Demo.CardiologySpecialist);
        await using var neurologist = await HubRecorder.ConnectAsync(Api, ConsultationTestKit.NeurologySpecialist);
        await using var icu = await HubRecorder.ConnectAsync(Api, Demo.IcuSpecialist);
        await using var clinician = await HubRecorder.ConnectAsync(Api, Demo.ShiquanClinician);
        await using var admin = await HubRecorder.ConnectAsync(Api, Demo.Admin);

        cardiologist.Groups.ShouldBe([$"user:{await Api.StaffIdAsync(Demo.CardiologySpecialist)}", $"hospital:{cityId}", $"specialty:cardiology:department:{cardiology}"]);
        neurologist.Groups.Where(g => g.StartsWith("specialty:", StringComparison.Ordinal))
            .ShouldBe([$"specialty:neurology:department:{neurology}", $"specialty:stroke:department:{neurology}"]);
        icu.Groups.Where(g => g.StartsWith("specialty:", StringComparison.Ordinal))
            .ShouldBe([$"specialty:critical-care:department:{critical}", $"specialty:nursing:department:{critical}"]);
        clinician.Groups.ShouldBe([$"user:{await Api.StaffIdAsync(Demo.ShiquanClinician)}", $"hospital:{shiquanId}"]);
        admin.Groups.ShouldNotContain(g => g.StartsWith("specialty:", StringComparison.Ordinal));
    }
}
