using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// The sign-in accounts behind staff records (Identity lives in Infrastructure): invitations, passwords and
/// sessions. Runs inside the caller's unit of work; every change is audited as entity type <c>Account</c>.
/// Tokens are opaque strings (<c>{account id}.{token}</c>), single use, and name the account themselves, so
/// accepting or resetting needs no e-mail address.
/// </summary>
public interface IAccounts
{
    /// <summary>A new invitation for someone who has not joined yet; the links sent before stop working.</summary>
    ValueTask<Result<StaffInvitation>> InviteAgainAsync(Guid staffId, CancellationToken cancellationToken);

    /// <summary>Sets the first password from an invitation token; a used, expired or unknown token is refused.</summary>
    ValueTask<Result> AcceptInvitationAsync(string token, string password, CancellationToken cancellationToken);

    /// <summary>E-mails a reset link when the address belongs to an active person who has joined; says nothing otherwise.</summary>
    ValueTask RequestPasswordResetAsync(string email, CancellationToken cancellationToken);

    ValueTask<Result> ResetPasswordAsync(string? email, string token, string password, CancellationToken cancellationToken);

    ValueTask<Result> ChangePasswordAsync(Guid accountId, string currentPassword, string newPassword, CancellationToken cancellationToken);

    /// <summary>Ends every session of the account at once (bearer tokens and cookies answer 401 on their next call).</summary>
    ValueTask EndSessionsAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>An explicit audit entry on the account (<c>RoleChanged</c>, <c>Deactivated</c>, …), saved with the unit of work.</summary>
    void Audit(Guid accountId, string action, object? details = null);
}
