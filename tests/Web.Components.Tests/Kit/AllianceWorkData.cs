using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Contracts.Staff;
using SpecialtyAlliance.Contracts.TechnologyGaps;

namespace SpecialtyAlliance.Web.Components.Tests.Kit;

/// <summary>A clock stopped at one instant, so "today" and "overdue" are the test's to choose.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>The alliance's work as the API answers it: hospitals, departments, staff, requests, rotations, gaps.</summary>
public static class AllianceWorkData
{
    public static readonly Guid CityCardiology = Guid.Parse("0199aaaa-0000-7000-8000-0000000000c1");
    public static readonly Guid LangaoIcu = Guid.Parse("0199aaaa-0000-7000-8000-0000000000d1");
    public static readonly Guid CityCardiologist = Guid.Parse("0199aaaa-0000-7000-8000-0000000000e1");

    public static readonly HospitalResponse City = new(WebTestContext.CityHospitalId, "安康市中心医院", "Ankang Central Hospital", HospitalTier.CityCenter, HospitalKind.General, "安康市", 1);
    public static readonly HospitalResponse Langao = new(WebTestContext.LangaoHospitalId, "岚皋县人民医院", "Langao County People's Hospital", HospitalTier.County, HospitalKind.General, "岚皋县", 1);

    /// <summary>The catalogue, both hospitals, their departments and staff — what every page of these features reads first.</summary>
    public static void GivenTheAlliance(this FakeApi api)
    {
        api.Get("/api/specialties", new[]
        {
            new SpecialtyResponse("cardiology", "心血管内科", "Cardiology"),
            new SpecialtyResponse("critical-care", "重症医学科", "Critical care"),
        });
        api.Get("/api/hospitals", new PagedResponse<HospitalResponse>([City, Langao], 1, 200, 2));
        api.Get($"/api/hospitals/{City.Id}/departments", new[]
        {
            new DepartmentResponse(CityCardiology, City.Id, "心血管内科", "cardiology", "心血管内科", "Cardiology", CityCardiologist),
        });
        api.Get($"/api/hospitals/{Langao.Id}/departments", new[]
        {
            new DepartmentResponse(LangaoIcu, Langao.Id, "重症医学科", "critical-care", "重症医学科", "Critical care", null),
        });
        api.Get($"/api/hospitals/{City.Id}/staff", new PagedResponse<StaffResponse>(
            [new StaffResponse(CityCardiologist, "陈明远", "主任医师", StaffRole.Specialist, City.Id, CityCardiology, "心血管内科")], 1, 200, 1));
        api.Get($"/api/hospitals/{Langao.Id}/staff", new PagedResponse<StaffResponse>([], 1, 200, 0));
        api.Get("/api/support-requests", new PagedResponse<SupportRequestResponse>([], 1, 200, 0));
        api.Get("/api/rotations", new PagedResponse<RotationResponse>([], 1, 200, 0));
        api.Get("/api/party-branches", new PagedResponse<PartyBranchResponse>([], 1, 200, 0));
    }

    public static PagedResponse<T> Page<T>(params T[] items) => new(items, 1, 200, items.Length);

    public static RotationResponse Rotation(
        string status = "Planned", string role = "ResidentExpert", DateOnly? startsOn = null, DateOnly? endsOn = null, string clinician = "陈明远", uint version = 7) =>
        new(
            Guid.CreateVersion7(), CityCardiologist, clinician, "主任医师",
            City.Id, City.Name, CityCardiology, "心血管内科",
            Langao.Id, Langao.Name, LangaoIcu, "重症医学科", "critical-care",
            TestWire.Parse<RotationRole>(role), "常驻专家", startsOn ?? new DateOnly(2026, 4, 1), endsOn ?? new DateOnly(2026, 9, 30), "带教重症医学。", null,
            TestWire.Parse<RotationStatus>(status), null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, version)
        {
            // What the server allows an administrator (or the rotation's city coordinators) in this status.
            AllowedActions = status switch
            {
                "Planned" => [RotationAction.Start, RotationAction.Reschedule, RotationAction.Cancel],
                "Active" => [RotationAction.Complete, RotationAction.Reschedule, RotationAction.Cancel],
                _ => [],
            },
        };

    public static TechnologyGapResponse Gap(
        string technique,
        string status = "Identified",
        string priority = "Medium",
        DateOnly? target = null,
        DateOnly? firstCase = null,
        DateTimeOffset? changedAt = null) =>
        new(
            Guid.CreateVersion7(), Langao.Id, Langao.Name, "critical-care", "重症医学科", technique, null, GapScope.Hospital, TestWire.Parse<GapPriority>(priority),
            new DateOnly(2025, 6, 1), target, TestWire.Parse<TechnologyGapStatus>(status), status is "FirstCasePerformed" or "Established",
            status == "Identified" ? null : CityCardiology, "心血管内科", status == "Identified" ? null : City.Id, null, null,
            firstCase, null, null, null, null, firstCase is null ? null : "LG-0001", null, null,
            Guid.Empty, DateTimeOffset.UnixEpoch, changedAt ?? DateTimeOffset.UnixEpoch, 3)
        {
            // What the server allows an administrator in this status.
            AllowedActions = status switch
            {
                "Identified" => [TechnologyGapAction.Plan, TechnologyGapAction.Abandon],
                "Planned" => [TechnologyGapAction.Plan, TechnologyGapAction.FirstCase, TechnologyGapAction.Abandon],
                "FirstCasePerformed" => [TechnologyGapAction.Establish, TechnologyGapAction.Abandon],
                _ => [],
            },
        };
}
