using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Availability;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Web.Components.Tests.Kit;

namespace SpecialtyAlliance.Web.Components.Tests.Consultations;

/// <summary>Consultations, queue items, live messages and calendars as the API would send them, for readable tests.</summary>
internal static class ConsultationData
{
    public static readonly Guid ShiquanId = Guid.Parse("0199aaaa-0000-7000-8000-000000000003");

    /// <summary>A Wednesday morning in Beijing (02:00 UTC = 10:00 local).</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 4, 2, 0, 0, TimeSpan.Zero);

    public static QueueItemResponse Item(string urgency, double waitedMinutes, long sequence, Guid? id = null, double targetMinutes = 240, string specialty = "cardiology") =>
        new(id ?? Guid.CreateVersion7(), specialty, TestWire.Parse<Urgency>(urgency), ShiquanId, "石泉县医院", new PatientResponse($"SQ-{sequence:0000}", 60, PatientSex.Male), $"摘要 {sequence}",
            Now.AddMinutes(-waitedMinutes), Now.AddMinutes(-waitedMinutes + targetMinutes), Overdue: waitedMinutes >= targetMinutes, sequence);

    public static QueueResponse Snapshot(long asOf, params QueueItemResponse[] items) => new(asOf, Now, items);

    public static ConsultationChanged Change(Guid id, long sequence, string status, string urgency = "Routine", double waitedMinutes = 1, double targetMinutes = 2880, string specialty = "cardiology") =>
        new(id, sequence, TestWire.Parse<ConsultationStatus>(status), TestWire.Parse<Urgency>(urgency), specialty, ShiquanId, status == "Requested" ? null : Guid.NewGuid(), false, Now,
            Now.AddMinutes(-waitedMinutes), Now.AddMinutes(-waitedMinutes + targetMinutes));

    public static ConsultationResponse Consultation(
        Guid id, string status, IReadOnlyList<string> allowed, string reference = "SQ-2026-0147", long sequence = 10, uint version = 7,
        string urgency = "Emergency", ConsultationBookingResponse? booking = null) =>
        new(id, "cardiology", "心血管内科", "Cardiology", TestWire.Parse<Urgency>(urgency), TestWire.Parse<ConsultationStatus>(status), ShiquanId, "石泉县医院", null, Guid.NewGuid(), "孙建国",
            new PatientResponse(reference, 68, PatientSex.Male), "胸痛3小时，心电图示ST段抬高。", "是否立即转诊行急诊PCI？",
            [new RoutedDepartmentResponse(Guid.NewGuid(), "心血管内科", WebTestContext.CityHospitalId)],
            Now.AddMinutes(-10), Now.AddMinutes(20), false, null, status == "Requested" ? null : Guid.NewGuid(), status == "Requested" ? null : "陈明远",
            null, null, null, booking, booking?.StartsAt, booking?.EndsAt, null, null, null, null, null, null, null, null, null, null,
            [new ConsultationHistoryResponse(1, ConsultationAction.Request, null, ConsultationStatus.Requested, Guid.NewGuid(), "孙建国", Now.AddMinutes(-10), null)],
            TestWire.ParseAll<ConsultationAction>(allowed), sequence, version);

    public static SpecialtyResponse[] Specialties =>
    [
        new("cardiology", "心血管内科", "Cardiology"),
        new("critical-care", "重症医学科", "Critical care"),
        new("neurology", "神经内科", "Neurology"),
    ];

    public static PagedResponse<HospitalResponse> Hospitals => new(
    [
        new HospitalResponse(WebTestContext.CityHospitalId, "安康市中心医院", "Ankang Central Hospital", HospitalTier.CityCenter, HospitalKind.General, "安康市", 1),
        new HospitalResponse(ShiquanId, "石泉县医院", "Shiquan County Hospital", HospitalTier.County, HospitalKind.General, "石泉县", 1),
    ], 1, 200, 2);

    /// <summary>Weekdays 08:30–12:00 and 14:30–17:30, Beijing time, as the demo specialists publish.</summary>
    public static AvailabilityResponse Weekdays(Guid specialistId) => new(
        specialistId, "陈明远", Guid.NewGuid(), "Asia/Shanghai",
        [
            .. new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" }.SelectMany(day => new[]
            {
                new WeeklyWindowResponse(TestWire.Parse<WeekDay>(day), new TimeOnly(8, 30), new TimeOnly(12, 0)),
                new WeeklyWindowResponse(TestWire.Parse<WeekDay>(day), new TimeOnly(14, 30), new TimeOnly(17, 30)),
            }),
        ],
        []);

    /// <summary>A local (Beijing) time on a day of the week of <see cref="Now"/> (Monday 2 March 2026 … Sunday 8 March).</summary>
    public static DateTimeOffset Local(int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    public static BookingResponse Booking(DateTimeOffset start, int minutes, Guid? consultationId = null, string status = "Active") =>
        new(Guid.NewGuid(), Guid.Empty, consultationId ?? Guid.NewGuid(), start, start.AddMinutes(minutes), TestWire.Parse<BookingStatus>(status));
}
