namespace SpecialtyAlliance.Contracts.Rotations;

/// <summary>
/// Corrects what a support request asks for (PUT /api/support-requests/{id} with <c>If-Match</c>); its county
/// hospital does not change.
/// </summary>
public sealed record UpdateSupportRequestRequest(Guid? CountyDepartmentId, string Specialty, string Need, int MonthsWanted);
