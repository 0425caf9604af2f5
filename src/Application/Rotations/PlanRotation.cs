using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Rotations;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.Staff;
using RotationRole = SpecialtyAlliance.Domain.Rotations.RotationRole;

namespace SpecialtyAlliance.Application.Rotations;

/// <summary>
/// Plans a rotation: city coordinators and administrators; a county coordinator plans the inbound advanced study of
/// their own clinicians. Two rotations of one clinician that overlap are refused by the database (409 rotation_overlap),
/// however many planners race.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record PlanRotation(RotationRequest Rotation, string? IdempotencyKey = null) : IIdempotentCreate
{
    object? IIdempotentCreate.Body => Rotation;
}

/// <summary>The period rules shared by planning and rescheduling.</summary>
internal static class RotationPeriodRules
{
    public static void IncludePeriodRules<T>(this AbstractValidator<T> validator, Func<T, DateOnly> startsOn, Func<T, DateOnly> endsOn, TimeProvider clock)
    {
        validator.RuleFor(x => startsOn(x)).NotEmpty().OverridePropertyName("startsOn");
        validator.RuleFor(x => endsOn(x)).Cascade(CascadeMode.Stop).NotEmpty().OverridePropertyName("endsOn")
            .Must((x, end) => end >= startsOn(x)).WithMessage("The last day cannot be before the first.")
            .Must((x, end) => end.DayNumber - startsOn(x).DayNumber + 1 <= AssistanceRotation.MaxLengthDays)
            .WithMessage($"A rotation lasts at most {AssistanceRotation.MaxLengthDays} days.")
            .Must(end => end >= clock.Today()).WithMessage("A rotation that has already ended cannot be planned or moved.");
    }
}

public sealed class PlanRotationValidator : AbstractValidator<PlanRotation>
{
    public PlanRotationValidator(TimeProvider clock)
    {
        RuleFor(c => c.Rotation.ClinicianId).NotEmpty().OverridePropertyName("clinicianId");
        RuleFor(c => c.Rotation.HostDepartmentId).NotEmpty().OverridePropertyName("hostDepartmentId");
        RuleFor(c => c.Rotation.Role).OneOf("Role").OverridePropertyName("role");
        RuleFor(c => c.Rotation.Objectives).NotEmpty().MaximumLength(AssistanceRotation.ObjectivesMaxLength).OverridePropertyName("objectives");
        this.IncludePeriodRules(c => c.Rotation.StartsOn, c => c.Rotation.EndsOn, clock);
    }
}

public sealed class PlanRotationHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PlanRotation, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(PlanRotation command, CancellationToken cancellationToken)
    {
        var r = command.Rotation;
        var role = r.Role!.Value.ToDomain();
        var work = db.WorkHospitalIds(user);
        var clinician = await (
                from s in db.Staff
                join h in db.Hospitals on s.HospitalId equals h.Id
                where s.Id == r.ClinicianId && work.Contains(s.HospitalId)
                select new { s.Id, s.HospitalId, s.DepartmentId, h.Tier })
            .SingleOrDefaultAsync(cancellationToken);
        if (clinician is null)
        {
            return Error.Validation("clinicianId", "No such staff member.");
        }

        var homeDepartmentId = r.HomeDepartmentId ?? clinician.DepartmentId;
        if (homeDepartmentId is null)
        {
            return Error.Validation("homeDepartmentId", "The clinician has no department: name their home department.");
        }

        if (!await db.Departments.AnyAsync(d => d.Id == homeDepartmentId && d.HospitalId == clinician.HospitalId, cancellationToken))
        {
            return Error.Validation("homeDepartmentId", "The home department must belong to the clinician's hospital.");
        }

        var visible = db.VisibleHospitalIds(user);
        var host = await (
                from d in db.Departments
                join h in db.Hospitals on d.HospitalId equals h.Id
                where d.Id == r.HostDepartmentId && visible.Contains(d.HospitalId)
                select new { d.Id, d.HospitalId, h.Tier })
            .SingleOrDefaultAsync(cancellationToken);
        if (host is null)
        {
            return Error.Validation("hostDepartmentId", "No such department.");
        }

        if (role == RotationRole.InboundAdvancedStudy
            ? clinician.Tier == HospitalTier.CityCenter || host.Tier != HospitalTier.CityCenter
            : clinician.Tier != HospitalTier.CityCenter || host.Tier == HospitalTier.CityCenter)
        {
            return Error.Validation("role", role == RotationRole.InboundAdvancedStudy
                ? "Inbound advanced study brings a county clinician to a city department."
                : "This role stations a city clinician at a county hospital's department.");
        }

        var isCityCoordinator = await db.IsCityCoordinatorAsync(user, cancellationToken);
        if (!RotationAccess.MayManage(user, isCityCoordinator, role, clinician.HospitalId, host.HospitalId))
        {
            return Error.Forbidden(role == RotationRole.InboundAdvancedStudy
                ? "A county coordinator plans the inbound advanced study of their own hospital's clinicians only."
                : "Only administrators and the city side's coordinators plan rotations.");
        }

        var now = clock.GetUtcNow();
        if (r.SupportRequestId is { } requestId)
        {
            var request = await db.SupportRequests.VisibleTo(db, user).SingleOrDefaultAsync(s => s.Id == requestId, cancellationToken);
            if (request is null)
            {
                return Error.Validation("supportRequestId", "No such support request.");
            }

            var countyHospitalId = role == RotationRole.InboundAdvancedStudy ? clinician.HospitalId : host.HospitalId;
            if (request.CountyHospitalId != countyHospitalId)
            {
                return Error.Validation("supportRequestId", "The support request is another county hospital's.");
            }

            if (request.Answer(now) is { IsSuccess: false } refused)
            {
                return refused.Error;
            }
        }

        var rotation = AssistanceRotation.Plan(
            clinician.Id, clinician.HospitalId, homeDepartmentId.Value, host.HospitalId, host.Id, role,
            r.StartsOn, r.EndsOn, r.Objectives, r.SupportRequestId, user.UserId!.Value, now);
        db.Rotations.Add(rotation);
        return rotation.Id;
    }
}
