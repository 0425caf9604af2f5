namespace SpecialtyAlliance.Contracts.Staff;

/// <summary>
/// A member of a hospital's staff, as pickers show them (the clinician of a rotation, a gap's lead mentor): name,
/// title, role, department. Role: Administrator, Coordinator, Specialist, Clinician.
/// </summary>
public sealed record StaffResponse(
    Guid Id, string FullName, string? Title, StaffRole Role, Guid HospitalId, Guid? DepartmentId, string? DepartmentName);
