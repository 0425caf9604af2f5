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

/// <summary>A routed specialist refuses the request with a reason, such as "outside our scope" (Requested or Claimed → Rejected).</summary>
[RequireRoles(StaffRole.Specialist)]
public sealed record RejectConsultation(Guid Id, ReasonRequest Body, uint? Version = null) : ICommand<Result>;

public sealed class ReasonRequestValidator : AbstractValidator<ReasonRequest>
{
    public ReasonRequestValidator() =>
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Consultation.ReasonMaxLength).WithMessage("Give the reason (at most 1000 characters).");
}

public sealed class RejectConsultationValidator : AbstractValidator<RejectConsultation>
{
    public RejectConsultationValidator() =>
        RuleFor(c => c.Body).NotNull().SetValidator(new ReasonRequestValidator()).OverridePropertyName(string.Empty);
}

public sealed class RejectConsultationHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RejectConsultation, Result>
{
    public async ValueTask<Result> Handle(RejectConsultation command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForAsync(user, command.Id, ConsultationAction.Reject, command.Version, cancellationToken);
        return loaded.IsSuccess ? loaded.Value.Reject(user.UserId!.Value, command.Body.Reason, clock.GetUtcNow()) : loaded.Error;
    }
}
