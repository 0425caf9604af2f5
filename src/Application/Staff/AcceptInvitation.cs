using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// The invited person sets their first password from the link's token (anonymous). The token works once and for 7
/// days: used, expired or unknown → 400 <c>invalid_token</c>. The password follows the policy (field errors in words).
/// </summary>
[AllowAnonymousMessage]
public sealed record AcceptInvitation(string Token, string Password) : ICommand<Result>;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator()
    {
        RuleFor(c => c.Token).NotEmpty().WithMessage("The invitation link is incomplete: open the link from the e-mail again.");
        RuleFor(c => c.Password).NotEmpty().WithMessage("Enter a password.");
    }
}

public sealed class AcceptInvitationHandler(IAccounts accounts) : ICommandHandler<AcceptInvitation, Result>
{
    public ValueTask<Result> Handle(AcceptInvitation command, CancellationToken cancellationToken) =>
        accounts.AcceptInvitationAsync(command.Token.Trim(), command.Password, cancellationToken);
}
