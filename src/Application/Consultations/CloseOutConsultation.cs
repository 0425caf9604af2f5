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

/// <summary>The requester's short survey closes the loop (Completed → Closed): satisfaction 1–5, and whether a referral was avoided.</summary>
[RequireRoles(StaffRole.Clinician)]
public sealed record CloseOutConsultation(Guid Id, CloseOutRequest Body, uint? Version = null) : ICommand<Result>;

public sealed class CloseOutRequestValidator : AbstractValidator<CloseOutRequest>
{
    public CloseOutRequestValidator()
    {
        RuleFor(r => r.Satisfaction).NotNull().InclusiveBetween(Consultation.MinSatisfaction, Consultation.MaxSatisfaction)
            .WithMessage($"Rate your satisfaction from {Consultation.MinSatisfaction} to {Consultation.MaxSatisfaction}.");
        RuleFor(r => r.ReferralAvoided).NotNull().WithMessage("Say whether the consultation avoided a referral (true or false).");
    }
}

public sealed class CloseOutConsultationValidator : AbstractValidator<CloseOutConsultation>
{
    public CloseOutConsultationValidator() =>
        RuleFor(c => c.Body).NotNull().SetValidator(new CloseOutRequestValidator()).OverridePropertyName(string.Empty);
}

public sealed class CloseOutConsultationHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CloseOutConsultation, Result>
{
    public async ValueTask<Result> Handle(CloseOutConsultation command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForAsync(user, command.Id, ConsultationAction.CloseOut, command.Version, cancellationToken);
        return loaded.IsSuccess
            ? loaded.Value.CloseOut(user.UserId!.Value, command.Body.Satisfaction!.Value, command.Body.ReferralAvoided!.Value, clock.GetUtcNow())
            : loaded.Error;
    }
}
