using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Idempotency;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.TechnologyGaps;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Domain.TechnologyGaps;
using GapScope = SpecialtyAlliance.Domain.TechnologyGaps.GapScope;
using GapPriority = SpecialtyAlliance.Domain.TechnologyGaps.GapPriority;

namespace SpecialtyAlliance.Application.TechnologyGaps;

/// <summary>A county hospital declares a technique it cannot yet perform: its own coordinators, or an administrator.</summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record DeclareTechnologyGap(TechnologyGapRequest Gap, string? IdempotencyKey = null) : IIdempotentCreate
{
    object? IIdempotentCreate.Body => Gap;
}

public sealed class DeclareTechnologyGapValidator : AbstractValidator<DeclareTechnologyGap>
{
    public DeclareTechnologyGapValidator(TimeProvider clock)
    {
        RuleFor(c => c.Gap.HospitalId).NotEmpty().OverridePropertyName("hospitalId");
        RuleFor(c => c.Gap.Specialty).Must(Specialty.IsKnown).OverridePropertyName("specialty")
            .WithMessage("Specialty must be a code of the catalogue (GET /api/specialties).");
        RuleFor(c => c.Gap.Technique).NotEmpty().MaximumLength(TechnologyGap.TechniqueMaxLength).OverridePropertyName("technique");
        RuleFor(c => c.Gap.Description).MaximumLength(TechnologyGap.DescriptionMaxLength).OverridePropertyName("description");
        RuleFor(c => c.Gap.Scope).OneOf("Scope").OverridePropertyName("scope");
        RuleFor(c => c.Gap.Priority).OneOf("Priority").OverridePropertyName("priority");
        RuleFor(c => c.Gap.IdentifiedOn).Must(d => d <= clock.Today()).When(c => c.Gap.IdentifiedOn is not null)
            .OverridePropertyName("identifiedOn").WithMessage("A gap cannot be identified in the future.");
        RuleFor(c => c.Gap.TargetDate).Must((c, target) => target >= (c.Gap.IdentifiedOn ?? clock.Today()))
            .When(c => c.Gap.TargetDate is not null)
            .OverridePropertyName("targetDate").WithMessage("The target date cannot be before the gap was identified.");
    }
}

public sealed class DeclareTechnologyGapHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<DeclareTechnologyGap, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(DeclareTechnologyGap command, CancellationToken cancellationToken)
    {
        var r = command.Gap;
        var hospital = await db.Hospitals.VisibleTo(db, user)
            .Where(h => h.Id == r.HospitalId)
            .Select(h => new { h.Tier })
            .SingleOrDefaultAsync(cancellationToken);
        if (hospital is null)
        {
            return Error.Validation("hospitalId", "No such hospital.");
        }

        if (hospital.Tier == HospitalTier.CityCenter)
        {
            return Error.Validation("hospitalId", "Technology gaps are a county hospital's; the city center hospital mentors them.");
        }

        if (!user.IsAdministrator && user.HospitalId != r.HospitalId)
        {
            return Error.Forbidden("Only the county hospital's own coordinators (or an administrator) declare its technology gaps.");
        }

        var gap = TechnologyGap.Declare(
            r.HospitalId,
            r.Specialty,
            r.Technique,
            r.Description,
            r.Scope!.Value.ToDomain(),
            r.Priority!.Value.ToDomain(),
            r.IdentifiedOn ?? clock.Today(),
            r.TargetDate,
            user.UserId!.Value,
            clock.GetUtcNow());
        db.TechnologyGaps.Add(gap);
        return gap.Id;
    }
}
