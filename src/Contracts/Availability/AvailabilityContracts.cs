namespace SpecialtyAlliance.Contracts.Availability;

/// <summary>A recurring weekly window in local time (Asia/Shanghai). Day: Monday … Sunday. Times as <c>"08:30"</c>.</summary>
public sealed record WeeklyWindowRequest(WeekDay? Day, TimeOnly Start, TimeOnly End);

/// <summary>A one-off block in absolute time. Kind: Available (extra time) or Unavailable (leave — wins over every window).</summary>
public sealed record AvailabilityBlockRequest(DateTimeOffset StartsAt, DateTimeOffset EndsAt, AvailabilityKind? Kind);

/// <summary>
/// <c>POST /api/specialists/{id}/availability</c> (the specialist themself): the whole published availability,
/// replacing what was there (weekly windows and one-off blocks). Existing bookings stand.
/// </summary>
public sealed record AvailabilityRequest(IReadOnlyList<WeeklyWindowRequest> Weekly, IReadOnlyList<AvailabilityBlockRequest> Blocks);

public sealed record WeeklyWindowResponse(WeekDay Day, TimeOnly Start, TimeOnly End);

public sealed record AvailabilityBlockResponse(DateTimeOffset StartsAt, DateTimeOffset EndsAt, AvailabilityKind Kind);

/// <summary>A specialist's published availability; weekly windows are in <c>timeZone</c>.</summary>
public sealed record AvailabilityResponse(
    Guid SpecialistId,
    string SpecialistName,
    Guid? DepartmentId,
    string TimeZone,
    IReadOnlyList<WeeklyWindowResponse> Weekly,
    IReadOnlyList<AvailabilityBlockResponse> Blocks);

/// <summary>A booked slot. <c>consultationId</c> is shown only to those who may see that consultation.</summary>
public sealed record BookingResponse(Guid Id, Guid SpecialistId, Guid? ConsultationId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, BookingStatus Status);
