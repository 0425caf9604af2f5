using System.ComponentModel.DataAnnotations.Schema;
using System.Runtime.CompilerServices;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Reports;

/// <summary>
/// Technology gaps identified in the period (all time without from/to), grouped by hospital, specialty or year of
/// identification: counts by status, filled (FirstCasePerformed or Established), and the median days from
/// identification to the first case of the filled ones — one query, GROUPING SETS and percentile_cont.
/// A hospital's report covers its own gaps and those it mentors.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record GetTechnologyGapReport(string? GroupBy, DateOnly? From, DateOnly? To, Guid? HospitalId) : IQuery<Result<TechnologyGapReport>>;

public sealed class GetTechnologyGapReportValidator : AbstractValidator<GetTechnologyGapReport>
{
    public GetTechnologyGapReportValidator()
    {
        RuleFor(q => q.GroupBy).Must(g => g is null || GapReportGrouping.All.Contains(g))
            .WithMessage("groupBy must be one of: " + string.Join(", ", GapReportGrouping.All) + ".");
        this.IncludePeriodRules(q => q.From, q => q.To);
    }
}

public sealed class GetTechnologyGapReportHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<GetTechnologyGapReport, Result<TechnologyGapReport>>
{
    public async ValueTask<Result<TechnologyGapReport>> Handle(GetTechnologyGapReport query, CancellationToken cancellationToken)
    {
        var hospital = await db.ResolveHospitalAsync(user, query.HospitalId, cancellationToken);
        if (!hospital.IsSuccess)
        {
            return hospital.Error;
        }

        var groupBy = query.GroupBy ?? GapReportGrouping.Hospital;
        var (key, name) = groupBy switch
        {
            GapReportGrouping.Hospital => ("g.hospital_id::text", "h.name"),
            GapReportGrouping.Specialty => ("g.specialty", "g.specialty"),
            _ => ("extract(year FROM g.identified_on)::int::text", "extract(year FROM g.identified_on)::int::text"),
        };

        // The grouping expressions are constants chosen above; every value goes in as a parameter.
        var sql = FormattableStringFactory.Create(
            $$"""
            WITH gaps AS (
                SELECT {{key}} AS key, {{name}} AS name, g.status, g.identified_on, g.first_case_on
                FROM technology_gaps g
                JOIN hospitals h ON h.id = g.hospital_id
                WHERE ({0}::date IS NULL OR g.identified_on >= {1})
                  AND ({2}::date IS NULL OR g.identified_on <= {3})
                  AND ({4}::uuid IS NULL OR g.hospital_id = {5} OR g.mentoring_hospital_id = {6})
            )
            SELECT key, name, GROUPING(key, name) AS grouping_level,
                   count(*)::int AS gaps,
                   count(*) FILTER (WHERE status = 'Identified')::int AS identified,
                   count(*) FILTER (WHERE status = 'Planned')::int AS planned,
                   count(*) FILTER (WHERE status = 'FirstCasePerformed')::int AS first_case_performed,
                   count(*) FILTER (WHERE status = 'Established')::int AS established,
                   count(*) FILTER (WHERE status = 'Abandoned')::int AS abandoned,
                   count(*) FILTER (WHERE status IN ('FirstCasePerformed', 'Established'))::int AS filled,
                   round((percentile_cont(0.5) WITHIN GROUP (ORDER BY first_case_on - identified_on)
                          FILTER (WHERE status IN ('FirstCasePerformed', 'Established')))::numeric, 1) AS median_days
            FROM gaps
            GROUP BY GROUPING SETS ((key, name), ())
            """,
            query.From, query.From, query.To, query.To, hospital.Value.Id, hospital.Value.Id, hospital.Value.Id);
        var rows = await db.Database.SqlQuery<Row>(sql).ToListAsync(cancellationToken);

        var groups = rows.Where(r => r.GroupingLevel == 0).Select(r => ToResponse(r, groupBy));
        groups = groupBy == GapReportGrouping.Hospital
            ? groups.OrderByDescending(r => r.Gaps).ThenBy(r => r.Name, StringComparer.Ordinal)
            : groups.OrderBy(r => r.Key, StringComparer.Ordinal);
        var total = rows.SingleOrDefault(r => r.GroupingLevel == 3) is { } t
            ? ToResponse(t, groupBy) with { Key = "total", Name = "合计" }
            : new TechnologyGapReportRow("total", "合计", 0, 0, 0, 0, 0, 0, 0, null);

        return new TechnologyGapReport(query.From, query.To, hospital.Value.Id, hospital.Value.Name, groupBy, [.. groups], total);
    }

    private static TechnologyGapReportRow ToResponse(Row r, string groupBy) => new(
        r.Key ?? string.Empty,
        groupBy == GapReportGrouping.Specialty ? Labels.SpecialtyZh(r.Name ?? string.Empty) : r.Name ?? string.Empty,
        r.Gaps,
        r.Identified,
        r.Planned,
        r.FirstCasePerformed,
        r.Established,
        r.Abandoned,
        r.Filled,
        r.MedianDays);

    internal sealed class Row
    {
        [Column("key")]
        public string? Key { get; set; }

        [Column("name")]
        public string? Name { get; set; }

        [Column("grouping_level")]
        public int GroupingLevel { get; set; }

        [Column("gaps")]
        public int Gaps { get; set; }

        [Column("identified")]
        public int Identified { get; set; }

        [Column("planned")]
        public int Planned { get; set; }

        [Column("first_case_performed")]
        public int FirstCasePerformed { get; set; }

        [Column("established")]
        public int Established { get; set; }

        [Column("abandoned")]
        public int Abandoned { get; set; }

        [Column("filled")]
        public int Filled { get; set; }

        [Column("median_days")]
        public decimal? MedianDays { get; set; }
    }
}
