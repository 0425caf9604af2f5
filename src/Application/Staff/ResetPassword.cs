using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// Sets a new password from the reset link's token (anonymous; single use, 2 hours). A used, expired or unknown token,
/// or one for another e-mail than the one given → 400 <c>invalid_token</c>. Every session of the person ends.
/// </summary>
[AllowAnonymousMessage]
public sealed record ResetPassword(string? Email, string Token, string Password) : ICommand<Result>;

public sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(c => c.Token).NotEmpty().WithMessage("The reset link is incomplete: open the link from the e-mail again.");
        RuleFor(c => c.Password).NotEmpty().WithMessage("Enter a password.");
    }
}

public sealed class ResetPasswordHandler(IAccounts accounts) : ICommandHandler<ResetPassword, Result>
{
    public ValueTask<Result> Handle(ResetPassword command, CancellationToken cancellationToken) =>
        accounts.ResetPasswordAsync(command.Email?.Trim(), command.Token.Trim(), command.Password, cancellationToken);
}
