using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Infrastructure.Demo;
using SpecialtyAlliance.Infrastructure.Identity;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests;

/// <summary>A county hospital made by a test (so its figures are the test's alone), with one department, paired with the city.</summary>
internal sealed record TestCounty(Guid HospitalId, string Name, Guid DepartmentId, Guid CityDepartmentId, Guid CityHospitalId);

/// <summary>Setting up the alliance's work for tests: people, a county of one's own, rotations and gaps through the API.</summary>
internal static class WorkKit
{
    /// <summary>Today in Asia/Shanghai, the alliance's calendar.</summary>
    public static DateOnly Today => TimeProvider.System.Today();

    /// <summary>A staff member with a sign-in (demo password), as the demo seeder makes them; returns their id and email.</summary>
    public static async Task<(Guid Id, string Email)> CreateStaffAsync(
        this AllianceApi api, string name, StaffRole role, Guid hospitalId, Guid? departmentId)
    {
        var email = $"{Guid.NewGuid():N}@test.demo";
        await using var scope = api.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        (await DemoSeeder.CreateDemoAccountAsync(users, user)).Succeeded.ShouldBeTrue();
        db.Staff.Add(StaffMember.Create(user.Id, name, email, role, hospitalId, departmentId, null));
        await db.SaveChangesAsync();
        return (user.Id, email);
    }

    /// <summary>A city specialist of <paramref name="specialty"/>'s city department, free of any rotation.</summary>
    public static async Task<Guid> NewCityClinicianAsync(this AllianceApi api, string specialty = "critical-care", string name = "测试医生")
    {
        var city = await api.HospitalId(Demo.City);
        var department = await api.DepartmentId(Demo.City, specialty);
        return (await api.CreateStaffAsync(name, StaffRole.Specialist, city, department)).Id;
    }

    /// <summary>A new county hospital with a department of <paramref name="specialty"/>, actively paired with the city department of it.</summary>
    public static async Task<TestCounty> NewCountyAsync(this AllianceApi api, string name, string specialty = "critical-care")
    {
        using var admin = await api.ClientFor(Demo.Admin);
        var hospital = await (await admin.PostAsJsonAsync("/api/hospitals", new HospitalRequest(name, $"Test {Guid.NewGuid():N}", HospitalTier.County, HospitalKind.General, "测试县")))
            .ShouldBe<HospitalResponse>(HttpStatusCode.Created);
        var department = await (await admin.PostAsJsonAsync($"/api/hospitals/{hospital.Id}/departments", new DepartmentRequest("重症医学科", specialty)))
            .ShouldBe<DepartmentResponse>(HttpStatusCode.Created);
        var cityDepartment = await api.DepartmentId(Demo.City, specialty);
        var pairing = await (await admin.PostAsJsonAsync("/api/pairings", new PairingRequest(cityDepartment, null, hospital.Id, department.Id, [specialty], Today, "测试结对")))
            .ShouldBe<PairingResponse>(HttpStatusCode.Created);
        await (await admin.PostAsync($"/api/pairings/{pairing.Id}/activate", null)).ShouldHaveStatus(HttpStatusCode.OK);
        return new TestCounty(hospital.Id, name, department.Id, cityDepartment, await api.HospitalId(Demo.City));
    }

    public static RotationRequest Outbound(Guid clinician, Guid hostDepartment, DateOnly startsOn, DateOnly endsOn, RotationRole role = RotationRole.ResidentExpert, Guid? supportRequest = null) =>
        new(clinician, null, hostDepartment, role, startsOn, endsOn, "带教与质控", supportRequest);

    public static async Task<RotationResponse> PlanAsync(this HttpClient client, RotationRequest request) =>
        await (await client.PostAsJsonAsync("/api/rotations", request)).ShouldBe<RotationResponse>(HttpStatusCode.Created);

    /// <summary>POSTs a state change naming the version read (If-Match), with an optional JSON body.</summary>
    public static async Task<HttpResponseMessage> MoveAsync(this HttpClient client, string path, uint version, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return await client.SendAsync(request);
    }

    public static async Task<TechnologyGapResponse> DeclareAsync(this HttpClient client, TechnologyGapRequest request) =>
        await (await client.PostAsJsonAsync("/api/technology-gaps", request)).ShouldBe<TechnologyGapResponse>(HttpStatusCode.Created);
}
