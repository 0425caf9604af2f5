using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// "Forgot password?" (anonymous): a reset link goes by e-mail to an active person who has joined. The answer is the
/// same for every address, known or not, so nobody learns who has an account.
/// </summary>
[AllowAnonymousMessage]
public sealed record RequestPasswordReset(string Email) : ICommand<Result>;

public sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator() =>
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter your e-mail address.")
            .MaximumLength(256).EmailAddress().WithMessage("Enter an e-mail address such as name@hospital.cn.");
}

public sealed class RequestPasswordResetHandler(IAccounts accounts) : ICommandHandler<RequestPasswordReset, Result>
{
    public async ValueTask<Result> Handle(RequestPasswordReset command, CancellationToken cancellationToken)
    {
        await accounts.RequestPasswordResetAsync(command.Email.Trim(), cancellationToken);
        return Result.Success();
    }
}
