using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Api.Tests.Reminders;
using SpecialtyAlliance.Contracts.Availability;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Infrastructure.Demo;
using SpecialtyAlliance.Infrastructure.Identity;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations;

/// <summary>Requests, moves and set-up for the consultation tests, so each test reads as the rule it checks.</summary>
internal static class ConsultationTestKit
{
    public const string NeurologySpecialist = "neurology@ankang.demo";
    public const string HanyinClinician = DemoSeeder.HanyinClinicianEmail;

    private static int _slot;

    public static ConsultationRequest NewRequest(string specialty = "cardiology", Urgency urgency = Urgency.Routine, string? patient = null) =>
        new(specialty, urgency, new PatientRequest(patient ?? $"T-{Guid.NewGuid():N}"[..12], 64, PatientSex.Female), "活动后胸闷一周，心电图ST段压低。", "下一步检查和治疗建议？");

    public static async Task<ConsultationResponse> RequestAsync(this HttpClient client, ConsultationRequest? request = null) =>
        await (await client.PostAsJsonAsync("/api/consultations", request ?? NewRequest())).ShouldBe<ConsultationResponse>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, Guid id, string action, object? body = null) =>
        body is null
            ? client.PostAsync($"/api/consultations/{id}/{action}", null)
            : client.PostAsJsonAsync($"/api/consultations/{id}/{action}", body);

    public static async Task<ConsultationResponse> MovedAsync(this HttpClient client, Guid id, string action, object? body = null) =>
        await (await client.MoveAsync(id, action, body)).ShouldBe<ConsultationResponse>(HttpStatusCode.OK);

    public static async Task<ConsultationResponse> GetConsultationAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/consultations/{id}")).ShouldBe<ConsultationResponse>(HttpStatusCode.OK);

    public static async Task<QueueResponse> QueueAsync(this HttpClient client, string? specialty = null) =>
        await (await client.GetAsync(specialty is null ? "/api/consultations/queue" : $"/api/consultations/queue?specialty={specialty}"))
            .ShouldBe<QueueResponse>(HttpStatusCode.OK);

    /// <summary>A slot of its own for each call (a day ahead, three hours apart), so tests of one class never collide.</summary>
    public static ScheduleRequest NextSlot(int minutes = 30)
    {
        var n = Interlocked.Increment(ref _slot);
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.Date, TimeSpan.Zero).AddDays(2).AddHours(3 * n);
        return new ScheduleRequest(start, start.AddMinutes(minutes));
    }

    public static readonly CompleteRequest Opinion = new("建议完善冠脉CTA，规范抗血小板及他汀治疗。", Recommendation.ManageLocally, null);

    public static readonly CloseOutRequest Survey = new(5, true);

    /// <summary>The specialist opens their calendar: available around the clock from yesterday for a year (a one-off block).</summary>
    public static async Task OpenCalendarAsync(this AllianceApi api, string specialistEmail)
    {
        using var client = await api.ClientFor(specialistEmail);
        var id = await api.StaffIdAsync(specialistEmail);
        var now = DateTimeOffset.UtcNow;
        await (await client.PostAsJsonAsync($"/api/specialists/{id}/availability", new AvailabilityRequest(
            [], [new AvailabilityBlockRequest(now.AddDays(-1), now.AddDays(365), AvailabilityKind.Available)])))
            .ShouldHaveStatus(HttpStatusCode.OK);
    }

    /// <summary>
    /// A consultation requested by a clinician (the Shiquan one by default) and moved by a specialist (the cardiologist)
    /// into <paramref name="status"/>.
    /// </summary>
    public static async Task<ConsultationResponse> ConsultationInAsync(
        this AllianceApi api, string status, string requester = Demo.ShiquanClinician, string specialistEmail = Demo.CardiologySpecialist, string specialty = "cardiology")
    {
        using var clinician = await api.ClientFor(requester);
        using var specialist = await api.ClientFor(specialistEmail);
        var c = await clinician.RequestAsync(NewRequest(specialty));
        string[] path = status switch
        {
            "Requested" => [],
            "Claimed" => ["claim"],
            "InfoRequested" => ["claim", "request-info"],
            "Scheduled" => ["claim", "schedule"],
            "InProgress" => ["claim", "schedule", "start"],
            "Completed" => ["claim", "schedule", "start", "complete"],
            "Closed" => ["claim", "schedule", "start", "complete", "close-out"],
            "Rejected" => ["reject"],
            "Cancelled" => ["cancel"],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var action in path)
        {
            var (client, body) = action switch
            {
                "request-info" => (specialist, (object?)new RequestInfoRequest("请补充心脏超声结果。")),
                "schedule" => (specialist, NextSlot()),
                "complete" => (specialist, Opinion),
                "close-out" => (clinician, Survey),
                "reject" => (specialist, new ReasonRequest("不属于本科室范围。")),
                "cancel" => (clinician, new ReasonRequest("患者已转院。")),
                _ => (specialist, null),
            };
            c = await client.MovedAsync(c.Id, action, body);
        }

        c.Status.ToString().ShouldBe(status);
        return c;
    }

    /// <summary>Adds a person with a sign-in (the demo password) to a hospital's department, once (set-up runs before every test).</summary>
    public static async Task<Guid> AddStaffAsync(this AllianceApi api, string email, StaffRole role, string hospital, string? specialty)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        if (await db.Staff.Where(s => s.Email == email).Select(s => (Guid?)s.Id).SingleOrDefaultAsync() is { } existing)
        {
            return existing;
        }

        var hospitalId = await db.Hospitals.Where(h => h.Name == hospital).Select(h => h.Id).SingleAsync();
        var departmentId = specialty is null
            ? null
            : await db.Departments.Where(d => d.HospitalId == hospitalId && d.SpecialtyCode == specialty).Select(d => (Guid?)d.Id).SingleAsync();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        (await DemoSeeder.CreateDemoAccountAsync(users, user)).Succeeded.ShouldBeTrue();
        db.Staff.Add(StaffMember.Create(user.Id, "测试人员", email, role, hospitalId, departmentId, null));
        await db.SaveChangesAsync();
        return user.Id;
    }
}
