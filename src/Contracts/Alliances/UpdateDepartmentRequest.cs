namespace SpecialtyAlliance.Contracts.Alliances;

/// <summary>Corrects a department's name and specialty (PUT /api/departments/{id} with <c>If-Match</c>).</summary>
public sealed record UpdateDepartmentRequest(string Name, string Specialty);
