using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Reports;

/// <summary>
/// The alliance's measures over a period (default: this year to date), for all hospitals or one: consultations (time to
/// claim, the three rates, the series), referrals, rotation clinician-months, joint activities and people reached,
/// technology gaps filled. Administrators see any hospital; coordinators their own. Every figure is computed by the
/// database (one statement per section, see <see cref="KpiSections"/>), never by counting loaded rows.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record GetKpiReport(DateOnly? From, DateOnly? To, Guid? HospitalId, string? Interval = null) : IQuery<Result<KpiReport>>;

public sealed class GetKpiReportValidator : AbstractValidator<GetKpiReport>
{
    public GetKpiReportValidator()
    {
        this.IncludePeriodRules(q => q.From, q => q.To);
        this.IncludeIntervalRule(q => q.Interval);
    }
}

public sealed class GetKpiReportHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetKpiReport, Result<KpiReport>>
{
    public async ValueTask<Result<KpiReport>> Handle(GetKpiReport query, CancellationToken cancellationToken)
    {
        var period = ReportScope.Period(query.From, query.To, clock);
        if (ReportScope.Refuse(period) is { } refused)
        {
            return refused;
        }

        var hospital = await db.ResolveHospitalAsync(user, query.HospitalId, cancellationToken);
        if (!hospital.IsSuccess)
        {
            return hospital.Error;
        }

        var filter = KpiFilter.Hospital(hospital.Value.Id, hospital.Value.IsCityCenter);
        return new KpiReport
        {
            Period = period,
            HospitalId = hospital.Value.Id,
            HospitalName = hospital.Value.Name,
            Rotations = await db.RotationsAsync(period, filter, cancellationToken),
            Activities = await db.ActivitiesAsync(period, filter, cancellationToken),
            Gaps = await db.GapsAsync(period, filter, cancellationToken),
            Consultations = await db.ConsultationsAsync(period, query.Interval ?? KpiSections.DefaultInterval(period), filter, clock.GetUtcNow(), cancellationToken),
            Referrals = await db.ReferralsAsync(period, filter, cancellationToken),
        };
    }
}
