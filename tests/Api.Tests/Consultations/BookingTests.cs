using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SpecialtyAlliance.Api.Tests.Reminders;
using SpecialtyAlliance.Contracts.Availability;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations;

/// <summary>
/// No specialist ever has two overlapping booked slots: the database's exclusion constraint decides, so concurrent
/// schedules through the real API book exactly one; availability is published by the specialist and read by anyone in scope.
/// </summary>
public sealed class BookingTests(ApiFixture fixture) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private AllianceApi Api => fixture.Api;

    public async ValueTask InitializeAsync() => await Api.OpenCalendarAsync(Demo.CardiologySpecialist);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task ConcurrentSchedulesOfOverlappingSlots_BookExactlyOne_TheOthersGet409SlotTaken()
    {
        const int racers = 8;
        var consultations = new List<ConsultationResponse>();
        for (var i = 0; i < racers; i++)
        {
            consultations.Add(await Api.ConsultationInAsync("Claimed"));
        }

        var slot = ConsultationTestKit.NextSlot(60);
        var clients = new List<HttpClient>();
        for (var i = 0; i < racers; i++)
        {
            clients.Add(await Api.ClientFor(Demo.CardiologySpecialist));
        }

        using var start = new Barrier(racers);
        var responses = await Task.WhenAll(consultations.Select((c, i) => Task.Run(async () =>
        {
            // Every slot overlaps every other: the same hour, shifted by up to 35 minutes.
            var shifted = new ScheduleRequest(slot.StartsAt.AddMinutes(5 * i), slot.EndsAt.AddMinutes(5 * i));
            start.SignalAndWait(TimeSpan.FromSeconds(10));
            return await clients[i].MoveAsync(c.Id, "schedule", shifted);
        })));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            var problem = await refused.ShouldBeProblem(HttpStatusCode.Conflict, "slot_taken");
            problem.Detail.ShouldBe("This time overlaps another booking of the specialist.");
        }

        var specialist = await Api.StaffIdAsync(Demo.CardiologySpecialist);
        var active = await Api.Db(db => db.Bookings.CountAsync(b =>
            b.SpecialistId == specialist && b.Status == Domain.Availability.BookingStatus.Active && b.StartsAt < slot.EndsAt.AddMinutes(35) && slot.StartsAt < b.EndsAt));
        active.ShouldBe(1);
        var ids = consultations.Select(c => c.Id).ToList();
        (await Api.Db(db => db.Consultations.CountAsync(c => ids.Contains(c.Id) && c.Status == Domain.Consultations.ConsultationStatus.Scheduled))).ShouldBe(1);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task TheExclusionConstraint_RefusesAnOverlappingActiveBooking_InsertedDirectly()
    {
        var specialist = await Api.StaffIdAsync(Demo.CardiologySpecialist);
        var consultation = await Api.ConsultationInAsync("Claimed");
        var start = DateTimeOffset.UtcNow.AddDays(200);
        await InsertBookingAsync(specialist, consultation.Id, start, start.AddMinutes(60), "Active");

        // Bypassing the application entirely: the database itself refuses the overlap (23P01).
        var refused = await Should.ThrowAsync<PostgresException>(() => InsertBookingAsync(specialist, consultation.Id, start.AddMinutes(30), start.AddMinutes(90), "Active"));
        refused.SqlState.ShouldBe(PostgresErrorCodes.ExclusionViolation);
        refused.ConstraintName.ShouldBe("ex_specialist_bookings_no_overlap");

        // Touching slots ([) ranges), released bookings and other specialists do not collide.
        await InsertBookingAsync(specialist, consultation.Id, start.AddMinutes(60), start.AddMinutes(90), "Active");
        await InsertBookingAsync(specialist, consultation.Id, start.AddMinutes(10), start.AddMinutes(40), "Released");
        await InsertBookingAsync(await Api.StaffIdAsync(Demo.IcuSpecialist), consultation.Id, start, start.AddMinutes(60), "Active");
    }

    [Fact]
    public async Task Schedule_InThePast_OrTooShort_OrTooLong_Returns400_ForTheField()
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var c = await Api.ConsultationInAsync("Claimed");
        var now = DateTimeOffset.UtcNow;

        (await (await specialist.MoveAsync(c.Id, "schedule", new ScheduleRequest(now.AddHours(-1), now.AddMinutes(-30))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["startsAt"]);
        (await (await specialist.MoveAsync(c.Id, "schedule", new ScheduleRequest(now.AddDays(1), now.AddDays(1).AddMinutes(10))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["endsAt"]);
        (await (await specialist.MoveAsync(c.Id, "schedule", new ScheduleRequest(now.AddDays(1), now.AddDays(1).AddMinutes(121))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["endsAt"]);
        (await (await specialist.MoveAsync(c.Id, "schedule", new ScheduleRequest(now.AddDays(1), now.AddDays(1).AddMinutes(-15))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation")).Errors!.Keys.ShouldBe(["endsAt"]);

        (await specialist.GetConsultationAsync(c.Id)).Status.ShouldBe(ConsultationStatus.Claimed);
    }

    [Fact]
    public async Task Availability_IsPublishedByTheSpecialistThemself_AsAWhole()
    {
        var icuId = await Api.StaffIdAsync(Demo.IcuSpecialist);
        using var icu = await Api.ClientFor(Demo.IcuSpecialist);
        var leave = DateTimeOffset.UtcNow.AddDays(30);
        var request = new AvailabilityRequest(
            [new WeeklyWindowRequest(WeekDay.Tuesday, new TimeOnly(9, 0), new TimeOnly(11, 30)), new WeeklyWindowRequest(WeekDay.Monday, new TimeOnly(14, 0), new TimeOnly(16, 0))],
            [new AvailabilityBlockRequest(leave, leave.AddDays(7), Contracts.Availability.AvailabilityKind.Unavailable)]);

        var published = await (await icu.PostAsJsonAsync($"/api/specialists/{icuId}/availability", request)).ShouldBe<AvailabilityResponse>(HttpStatusCode.OK);

        published.TimeZone.ShouldBe("Asia/Shanghai");
        published.Weekly.Select(w => w.Day).ShouldBe([WeekDay.Monday, WeekDay.Tuesday]);
        published.Blocks.ShouldHaveSingleItem().Kind.ShouldBe(Contracts.Availability.AvailabilityKind.Unavailable);

        // Publishing again replaces the whole of it.
        var replaced = await (await icu.PostAsJsonAsync($"/api/specialists/{icuId}/availability", new AvailabilityRequest([new WeeklyWindowRequest(WeekDay.Friday, new TimeOnly(8, 0), new TimeOnly(9, 0))], [])))
            .ShouldBe<AvailabilityResponse>(HttpStatusCode.OK);
        replaced.Weekly.ShouldHaveSingleItem().Day.ShouldBe(WeekDay.Friday);
        replaced.Blocks.ShouldBeEmpty();

        using var clinician = await Api.ClientFor(Demo.LangaoClinician);
        (await clinician.GetFromJsonAsync<AvailabilityResponse>($"/api/specialists/{icuId}/availability"))!.Weekly.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(Demo.CardiologySpecialist, HttpStatusCode.Forbidden)]
    [InlineData(Demo.CityCoordinator, HttpStatusCode.Forbidden)]
    [InlineData(Demo.Admin, HttpStatusCode.Forbidden)]
    [InlineData(Demo.LangaoClinician, HttpStatusCode.Forbidden)]
    public async Task OnlyTheSpecialistThemself_PublishesTheirAvailability(string email, HttpStatusCode expected)
    {
        var icuId = await Api.StaffIdAsync(Demo.IcuSpecialist);
        using var client = await Api.ClientFor(email);

        await (await client.PostAsJsonAsync($"/api/specialists/{icuId}/availability", new AvailabilityRequest([], [])))
            .ShouldBeProblem(expected);
    }

    [Fact]
    public async Task Availability_OfSomeoneWhoIsNotAVisibleSpecialist_IsNotFound()
    {
        using var clinician = await Api.ClientFor(Demo.ShiquanClinician);
        var notASpecialist = await Api.StaffIdAsync(Demo.ZiyangClinician);

        await (await clinician.GetAsync($"/api/specialists/{notASpecialist}/availability")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await clinician.GetAsync($"/api/specialists/{Guid.CreateVersion7()}/bookings")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Availability_WithBadEntries_Returns400_ForEachEntry()
    {
        var me = await Api.StaffIdAsync(Demo.CardiologySpecialist);
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var now = DateTimeOffset.UtcNow;

        var problem = await (await specialist.PostAsJsonAsync($"/api/specialists/{me}/availability", new
        {
            weekly = new object[] { new { day = (string?)null, start = "09:00:00", end = "10:00:00" }, new { day = "Monday", start = "12:00:00", end = "08:00:00" } },
            blocks = new object[] { new { startsAt = now.AddDays(2), endsAt = now.AddDays(1), kind = (string?)null } },
        })).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["weekly[0].day", "weekly[1].end", "blocks[0].kind", "blocks[0].endsAt"], ignoreOrder: true);
    }

    [Fact]
    public async Task Bookings_ListTheSpecialistsSlots_AndNameTheConsultationOnlyToThoseWhoSeeIt()
    {
        using var specialist = await Api.ClientFor(Demo.CardiologySpecialist);
        var me = await Api.StaffIdAsync(Demo.CardiologySpecialist);
        var slot = ConsultationTestKit.NextSlot();
        var c = await specialist.MovedAsync((await Api.ConsultationInAsync("Claimed")).Id, "schedule", slot);
        // Exactly the slot: no other active booking can overlap it (the constraint), whatever the demo data booked
        // around it at the time of day the tests run.
        var range = $"from={Uri.EscapeDataString(slot.StartsAt.ToString("O"))}&to={Uri.EscapeDataString(slot.EndsAt.ToString("O"))}";

        var mine = await specialist.GetFromJsonAsync<List<BookingResponse>>($"/api/specialists/{me}/bookings?{range}");
        using var shiquan = await Api.ClientFor(Demo.ShiquanClinician);
        var requesters = await shiquan.GetFromJsonAsync<List<BookingResponse>>($"/api/specialists/{me}/bookings?{range}");
        using var langao = await Api.ClientFor(Demo.LangaoClinician);
        var others = await langao.GetFromJsonAsync<List<BookingResponse>>($"/api/specialists/{me}/bookings?{range}");

        mine!.ShouldHaveSingleItem().ConsultationId.ShouldBe(c.Id);
        requesters!.ShouldHaveSingleItem().ConsultationId.ShouldBe(c.Id);
        var hidden = others!.ShouldHaveSingleItem();
        hidden.ConsultationId.ShouldBeNull("another county hospital sees the time is taken, not whose consultation it is");
        hidden.StartsAt.ShouldBe(slot.StartsAt);

        await (await specialist.GetAsync($"/api/specialists/{me}/bookings?from=2026-12-10T00:00:00Z&to=2026-12-01T00:00:00Z"))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
    }

    private async Task InsertBookingAsync(Guid specialist, Guid consultation, DateTimeOffset start, DateTimeOffset end, string status)
    {
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO specialist_bookings (id, specialist_id, consultation_id, starts_at, ends_at, status, created_at) VALUES (@id, @s, @c, @start, @end, @status, now())",
            connection);
        command.Parameters.AddWithValue("id", Guid.CreateVersion7());
        command.Parameters.AddWithValue("s", specialist);
        command.Parameters.AddWithValue("c", consultation);
        command.Parameters.AddWithValue("start", start.UtcDateTime);
        command.Parameters.AddWithValue("end", end.UtcDateTime);
        command.Parameters.AddWithValue("status", status);
        await command.ExecuteNonQueryAsync();
    }
}
