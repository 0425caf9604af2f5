using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Alliances;

/// <summary>
/// Corrects a pairing's terms (administrators, <see cref="EditRules.MayEditPairing"/>): specialties, goals, agreement
/// date, the city party branch. An Ended pairing cannot be edited (409 <c>pairing_ended</c>).
/// </summary>
[RequireRoles(StaffRole.Administrator)]
public sealed record UpdatePairing(Guid Id, UpdatePairingRequest Pairing, uint Version) : ICommand<Result>;

public sealed class UpdatePairingValidator : AbstractValidator<UpdatePairing>
{
    public UpdatePairingValidator()
    {
        RuleFor(c => c.Pairing.Specialties).NotEmpty().OverridePropertyName("specialties")
            .WithMessage("Name at least one specialty the pairing covers.");
        RuleForEach(c => c.Pairing.Specialties).Must(Specialty.IsKnown).OverridePropertyName("specialties")
            .WithMessage("'{PropertyValue}' is not a specialty of the catalogue.");
        RuleFor(c => c.Pairing.AgreementDate).NotEmpty().OverridePropertyName("agreementDate");
        RuleFor(c => c.Pairing.Goals).MaximumLength(AlliancePairing.GoalsMaxLength).OverridePropertyName("goals");
    }
}

public sealed class UpdatePairingHandler(IAllianceDbContext db, ICurrentUser user) : ICommandHandler<UpdatePairing, Result>
{
    public async ValueTask<Result> Handle(UpdatePairing command, CancellationToken cancellationToken)
    {
        var pairing = await db.Pairings.VisibleTo(user).SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
        if (pairing is null)
        {
            return Error.NotFound("The pairing");
        }

        if (!user.MayEditPairing())
        {
            return Error.Forbidden("Only administrators edit pairings.");
        }

        if (db.CheckVersion(pairing, command.Version) is { } stale)
        {
            return stale;
        }

        var r = command.Pairing;
        if (r.CityPartyBranchId is { } branchId
            && !await db.PartyBranches.AnyAsync(b => b.Id == branchId && b.HospitalId == pairing.CityHospitalId, cancellationToken))
        {
            return Error.Validation("cityPartyBranchId", "The party branch must belong to the city department's hospital.");
        }

        return pairing.Correct(r.Specialties, r.Goals ?? string.Empty, r.AgreementDate, r.CityPartyBranchId);
    }
}
