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

/// <summary>The requester answers: the request goes back to the queue, unclaimed (InfoRequested → Requested).</summary>
[RequireRoles(StaffRole.Clinician)]
public sealed record ProvideConsultationInfo(Guid Id, ProvideInfoRequest Body, uint? Version = null) : ICommand<Result>;

public sealed class ProvideInfoRequestValidator : AbstractValidator<ProvideInfoRequest>
{
    public ProvideInfoRequestValidator() =>
        RuleFor(r => r.Answer).NotEmpty().MaximumLength(Consultation.SummaryMaxLength).WithMessage("Write the answer (at most 4000 characters).");
}

public sealed class ProvideConsultationInfoValidator : AbstractValidator<ProvideConsultationInfo>
{
    public ProvideConsultationInfoValidator() =>
        RuleFor(c => c.Body).NotNull().SetValidator(new ProvideInfoRequestValidator()).OverridePropertyName(string.Empty);
}

public sealed class ProvideConsultationInfoHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ProvideConsultationInfo, Result>
{
    public async ValueTask<Result> Handle(ProvideConsultationInfo command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForAsync(user, command.Id, ConsultationAction.ProvideInfo, command.Version, cancellationToken);
        return loaded.IsSuccess ? loaded.Value.ProvideInfo(user.UserId!.Value, command.Body.Answer, clock.GetUtcNow()) : loaded.Error;
    }
}
