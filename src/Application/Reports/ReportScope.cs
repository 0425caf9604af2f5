using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Reports;

/// <summary>The hospital a report is limited to (null: the whole alliance), with its name and whether it is the city center hospital.</summary>
public sealed record ReportHospital(Guid? Id, string? Name, bool IsCityCenter = false);

/// <summary>Who sees which report, and the period rules every report shares.</summary>
internal static class ReportScope
{
    /// <summary>The longest period a report covers.</summary>
    public const int MaxPeriodDays = 3660;

    /// <summary>
    /// Administrators: the whole alliance, or any one hospital. Coordinators: their own hospital only — no hospitalId
    /// means theirs, another hospital's is not found (404). Other roles never get here (403 from the pipeline).
    /// </summary>
    public static async Task<Result<ReportHospital>> ResolveHospitalAsync(
        this IAllianceDbContext db, ICurrentUser user, Guid? requested, CancellationToken cancellationToken)
    {
        if (!user.IsAdministrator)
        {
            if (requested is { } other && other != user.HospitalId)
            {
                return Error.NotFound("The hospital");
            }

            requested = user.HospitalId;
        }

        if (requested is not { } id)
        {
            return new ReportHospital(null, null);
        }

        var hospital = await db.Hospitals.Where(h => h.Id == id)
            .Select(h => new { h.Name, IsCityCenter = h.Tier == HospitalTier.CityCenter }).SingleOrDefaultAsync(cancellationToken);
        return hospital is null ? Error.NotFound("The hospital") : new ReportHospital(id, hospital.Name, hospital.IsCityCenter);
    }

    /// <summary>The period asked for; by default from the 1st of January of the year of <c>to</c> (default: today) to <c>to</c>.</summary>
    public static ReportPeriod Period(DateOnly? from, DateOnly? to, TimeProvider clock)
    {
        var end = to ?? clock.Today();
        return new ReportPeriod(from ?? new DateOnly(end.Year, 1, 1), end);
    }

    /// <summary>
    /// A period completed with its defaults still has to make sense (the validator sees only what was asked): a
    /// <c>from</c> after today, or more than <see cref="MaxPeriodDays"/> days back, is a field error.
    /// </summary>
    public static Error? Refuse(ReportPeriod period)
    {
        if (period.From > period.To)
        {
            return Error.Validation("from", "'from' cannot be after 'to' (today when 'to' is not given).");
        }

        return period.To.DayNumber - period.From.DayNumber >= MaxPeriodDays
            ? Error.Validation("from", $"A report covers at most {MaxPeriodDays} days.")
            : null;
    }

    /// <summary>A pairing's scorecard covers, by default, the last 12 months up to <c>to</c> (default: today).</summary>
    public static ReportPeriod LastTwelveMonths(DateOnly? from, DateOnly? to, TimeProvider clock)
    {
        var end = to ?? clock.Today();
        return new ReportPeriod(from ?? end.AddMonths(-12).AddDays(1), end);
    }

    public static void IncludeIntervalRule<T>(this AbstractValidator<T> validator, Func<T, string?> interval) =>
        validator.RuleFor(x => interval(x)).Must(i => i is null || KpiInterval.All.Contains(i))
            .OverridePropertyName("interval").WithMessage("interval must be one of: " + string.Join(", ", KpiInterval.All) + ".");

    public static void IncludePeriodRules<T>(this AbstractValidator<T> validator, Func<T, DateOnly?> from, Func<T, DateOnly?> to)
    {
        validator.RuleFor(x => to(x)).Must((x, end) => end >= from(x)).When(x => from(x) is not null && to(x) is not null)
            .OverridePropertyName("to").WithMessage("'to' cannot be before 'from'.");
        validator.RuleFor(x => to(x)).Must((x, end) => end!.Value.DayNumber - from(x)!.Value.DayNumber < MaxPeriodDays)
            .When(x => from(x) is not null && to(x) is not null && to(x) >= from(x))
            .OverridePropertyName("to").WithMessage($"A report covers at most {MaxPeriodDays} days.");
    }
}
