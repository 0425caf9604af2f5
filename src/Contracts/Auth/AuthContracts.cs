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

/// <summary>Sets the first password from the invitation link's token.</summary>
public sealed record AcceptInvitationRequest(string Token, string Password);

/// <summary>Asks for a password-reset link by e-mail (the answer is the same whether the address is known or not).</summary>
public sealed record ForgotPasswordRequest(string Email);

/// <summary>Sets a new password from the reset link's token (the e-mail is optional: the token names the account).</summary>
public sealed record ResetPasswordRequest(string? Email, string Token, string Password);

/// <summary>The signed-in user changes their password.</summary>
public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);
