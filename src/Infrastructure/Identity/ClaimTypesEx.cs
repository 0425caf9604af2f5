namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>The claims the platform adds to a signed-in principal (besides name identifier and role).</summary>
public static class AllianceClaims
{
    public const string HospitalId = "hospital_id";
    public const string DepartmentId = "department_id";
    public const string FullName = "full_name";
}
