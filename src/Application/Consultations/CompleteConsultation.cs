using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Staff;
using Recommendation = SpecialtyAlliance.Domain.Consultations.Recommendation;
using ConsultationAction = SpecialtyAlliance.Domain.Consultations.ConsultationAction;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>
/// The claiming specialist writes the opinion and the recommendation (InProgress → Completed). A follow-up in N days
/// writes a reminder for the requester, due N days after completion.
/// </summary>
[RequireRoles(StaffRole.Specialist)]
public sealed record CompleteConsultation(Guid Id, CompleteRequest Body, uint? Version = null) : ICommand<Result>;

public sealed class CompleteRequestValidator : AbstractValidator<CompleteRequest>
{
    public CompleteRequestValidator()
    {
        RuleFor(r => r.Opinion).NotEmpty().MaximumLength(Consultation.OpinionMaxLength)
            .WithMessage("Write the opinion (at most 8000 characters).");
        RuleFor(r => r.Recommendation).OneOf("Recommendation");
        RuleFor(r => r.FollowUpDays).NotNull().InclusiveBetween(Consultation.MinFollowUpDays, Consultation.MaxFollowUpDays)
            .When(r => r.Recommendation == Contracts.Consultations.Recommendation.FollowUp)
            .WithMessage($"A follow-up needs followUpDays from {Consultation.MinFollowUpDays} to {Consultation.MaxFollowUpDays}.");
        RuleFor(r => r.FollowUpDays).Null()
            .When(r => r.Recommendation is not null && r.Recommendation != Contracts.Consultations.Recommendation.FollowUp)
            .WithMessage("followUpDays goes only with the FollowUp recommendation.");
    }
}

public sealed class CompleteConsultationValidator : AbstractValidator<CompleteConsultation>
{
    public CompleteConsultationValidator() =>
        RuleFor(c => c.Body).NotNull().SetValidator(new CompleteRequestValidator()).OverridePropertyName(string.Empty);
}

public sealed class CompleteConsultationHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CompleteConsultation, Result>
{
    public async ValueTask<Result> Handle(CompleteConsultation command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForAsync(user, command.Id, ConsultationAction.Complete, command.Version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var body = command.Body;
        return loaded.Value.Complete(
            user.UserId!.Value, body.Opinion, body.Recommendation!.Value.ToDomain(), body.FollowUpDays, clock.GetUtcNow());
    }
}
