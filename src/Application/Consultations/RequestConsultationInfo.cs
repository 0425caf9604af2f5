using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Staff;
using ConsultationAction = SpecialtyAlliance.Domain.Consultations.ConsultationAction;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>The claiming specialist asks the requester for more information (Claimed → InfoRequested).</summary>
[RequireRoles(StaffRole.Specialist)]
public sealed record RequestConsultationInfo(Guid Id, RequestInfoRequest Body, uint? Version = null) : ICommand<Result>;

public sealed class RequestInfoRequestValidator : AbstractValidator<RequestInfoRequest>
{
    public RequestInfoRequestValidator() =>
        RuleFor(r => r.Question).NotEmpty().MaximumLength(Consultation.QuestionMaxLength).WithMessage("Say what you need to know (at most 2000 characters).");
}

public sealed class RequestConsultationInfoValidator : AbstractValidator<RequestConsultationInfo>
{
    public RequestConsultationInfoValidator() =>
        RuleFor(c => c.Body).NotNull().SetValidator(new RequestInfoRequestValidator()).OverridePropertyName(string.Empty);
}

public sealed class RequestConsultationInfoHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RequestConsultationInfo, Result>
{
    public async ValueTask<Result> Handle(RequestConsultationInfo command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForAsync(user, command.Id, ConsultationAction.RequestInfo, command.Version, cancellationToken);
        return loaded.IsSuccess ? loaded.Value.RequestInfo(user.UserId!.Value, command.Body.Question, clock.GetUtcNow()) : loaded.Error;
    }
}
