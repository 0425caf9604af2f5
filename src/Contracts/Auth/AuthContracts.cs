using SpecialtyAlliance.Contracts.Staff;

namespace SpecialtyAlliance.Contracts.Auth;

public sealed record LoginRequest(string Email, string Password);

/// <summary>The bearer token for API clients (absent when signing in with a cookie).</summary>
public sealed record LoginResponse(string TokenType, string AccessToken, long ExpiresIn);

/// <summary>The signed-in user.</summary>
public sealed record MeResponse(
    Guid Id,
    string Name,
    string Email,
    StaffRole Role,
    Guid HospitalId,
    string HospitalName,
    Guid? DepartmentId,
    string? DepartmentName,
    IReadOnlyList<string> Specialties)
{
    /// <summary>What the person may start (ADR 0041): the pages offer exactly these.</summary>
    public IReadOnlyList<Capability> Capabilities { get; init; } = [];
}

public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Coordinator = nameof(Coordinator);
    public const string Specialist = nameof(Specialist);
    public const string Clinician = nameof(Clinician);
}
