using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Application.Consultations;
using SpecialtyAlliance.Contracts.Referrals;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Referrals;
using SpecialtyAlliance.Domain.Staff;
using ReferralStatus = SpecialtyAlliance.Domain.Referrals.ReferralStatus;

namespace SpecialtyAlliance.Application.Referrals;

/// <summary>
/// The requesting side refers the patient up through the green channel, from a completed (or closed) consultation that
/// recommended it. It goes to the department of the specialist who gave the opinion. One open referral per consultation.
/// </summary>
[RequireRoles(StaffRole.Clinician, StaffRole.Coordinator)]
public sealed record CreateReferral(ReferralRequest Body, string? IdempotencyKey = null) : IIdempotentCreate
{
    object? IIdempotentCreate.Body => Body;
}

public sealed class CreateReferralValidator : AbstractValidator<CreateReferral>
{
    public CreateReferralValidator()
    {
        RuleFor(c => c.Body).NotNull().OverridePropertyName("body");
        When(c => c.Body is not null, () =>
        {
            RuleFor(c => c.Body.ConsultationId).NotEmpty().OverridePropertyName("consultationId");
            RuleFor(c => c.Body.Priorities).NotNull().OverridePropertyName("priorities")
                .WithMessage("Say which green-channel priorities apply (treatment, examination, admission).");
            RuleFor(c => c.Body.Notes).MaximumLength(Referral.NoteMaxLength).OverridePropertyName("notes");
        });
    }
}

public sealed class CreateReferralHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateReferral, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(CreateReferral command, CancellationToken cancellationToken)
    {
        var me = user.UserId!.Value;
        var r = command.Body;
        var c = await db.Consultations.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(x => x.Id == r.ConsultationId, cancellationToken);
        if (c is null)
        {
            return Error.NotFound("The consultation");
        }

        if (user.HospitalId != c.RequestingHospitalId)
        {
            return Error.Forbidden("Only the requesting hospital refers its patient up.");
        }

        if (c is not { Status: ConsultationStatus.Completed or ConsultationStatus.Closed, Recommendation: Recommendation.ReferUp })
        {
            return Error.Conflict("not_referable", "Only a completed consultation that recommended referring the patient up can start a referral.");
        }

        if (await db.Referrals.AnyAsync(x => x.ConsultationId == c.Id && x.Status != ReferralStatus.Declined, cancellationToken))
        {
            return Error.Conflict("referral_exists", "This consultation already has a referral.");
        }

        var departmentId = c.ClaimedDepartmentId ?? c.RoutedDepartmentIds[0];
        var hospitalId = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.HospitalId).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var referral = Referral.Create(
            c.Id, c.RequestingHospitalId, hospitalId, departmentId, me, r.Priorities.Treatment, r.Priorities.Examination, r.Priorities.Admission, r.Notes, now);
        db.Referrals.Add(referral);
        return referral.Id;
    }
}
