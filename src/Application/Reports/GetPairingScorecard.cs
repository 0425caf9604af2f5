using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Reports;

/// <summary>
/// One pairing's measures over a period (default: the last 12 months): the KPI report's sections limited to the work
/// between its county hospital and its city department (ADR 0024). Seen by whoever sees the pairing; 404 otherwise.
/// </summary>
public sealed record GetPairingScorecard(Guid PairingId, DateOnly? From, DateOnly? To, string? Interval = null) : IQuery<Result<PairingScorecard>>;

public sealed class GetPairingScorecardValidator : AbstractValidator<GetPairingScorecard>
{
    public GetPairingScorecardValidator()
    {
        this.IncludePeriodRules(q => q.From, q => q.To);
        this.IncludeIntervalRule(q => q.Interval);
    }
}

public sealed class GetPairingScorecardHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetPairingScorecard, Result<PairingScorecard>>
{
    public async ValueTask<Result<PairingScorecard>> Handle(GetPairingScorecard query, CancellationToken cancellationToken)
    {
        var period = ReportScope.LastTwelveMonths(query.From, query.To, clock);
        if (ReportScope.Refuse(period) is { } refused)
        {
            return refused;
        }

        var pairing = await (
                from p in db.Pairings.AsNoTracking().VisibleTo(user)
                where p.Id == query.PairingId
                join d in db.Departments on p.CityDepartmentId equals d.Id
                join city in db.Hospitals on p.CityHospitalId equals city.Id
                join county in db.Hospitals on p.CountyHospitalId equals county.Id
                select new
                {
                    p.Id,
                    Status = p.Status.ToString(),
                    p.CityHospitalId,
                    CityHospitalName = city.Name,
                    p.CityDepartmentId,
                    CityDepartmentName = d.Name,
                    p.CityPartyBranchId,
                    p.CountyHospitalId,
                    CountyHospitalName = county.Name,
                    p.Specialties,
                })
            .SingleOrDefaultAsync(cancellationToken);
        if (pairing is null)
        {
            return Error.NotFound("The pairing");
        }

        var filter = KpiFilter.For(new PairingFilter(
            pairing.CityHospitalId, pairing.CityDepartmentId, pairing.CityPartyBranchId, pairing.CountyHospitalId, pairing.Specialties));
        return new PairingScorecard
        {
            Period = period,
            PairingId = pairing.Id,
            PairingStatus = pairing.Status,
            CityHospitalId = pairing.CityHospitalId,
            CityHospitalName = pairing.CityHospitalName,
            CityDepartmentId = pairing.CityDepartmentId,
            CityDepartmentName = pairing.CityDepartmentName,
            CityPartyBranchId = pairing.CityPartyBranchId,
            CountyHospitalId = pairing.CountyHospitalId,
            CountyHospitalName = pairing.CountyHospitalName,
            Specialties = pairing.Specialties,
            Consultations = await db.ConsultationsAsync(period, query.Interval ?? KpiSections.DefaultInterval(period), filter, clock.GetUtcNow(), cancellationToken),
            Referrals = await db.ReferralsAsync(period, filter, cancellationToken),
            Rotations = await db.RotationsAsync(period, filter, cancellationToken),
            Activities = await db.ActivitiesAsync(period, filter, cancellationToken),
            Gaps = await db.GapsAsync(period, filter, cancellationToken),
        };
    }
}
