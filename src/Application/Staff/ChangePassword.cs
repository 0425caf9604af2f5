using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// The signed-in user changes their password: the current one must be right (else 400 on <c>currentPassword</c>), the
/// new one follows the policy. Their other sessions end; the caller signs in again with the new password.
/// </summary>
public sealed record ChangePassword(string CurrentPassword, string NewPassword) : ICommand<Result>;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage("Enter a new password.");
    }
}

public sealed class ChangePasswordHandler(IAccounts accounts, ICurrentUser user) : ICommandHandler<ChangePassword, Result>
{
    public ValueTask<Result> Handle(ChangePassword command, CancellationToken cancellationToken) =>
        accounts.ChangePasswordAsync(user.UserId!.Value, command.CurrentPassword, command.NewPassword, cancellationToken);
}
