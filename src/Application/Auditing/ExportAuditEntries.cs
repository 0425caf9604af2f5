using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Reports;
using SpecialtyAlliance.Contracts.Auditing;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Auditing;

/// <summary>
/// The audit trail as CSV, with the same filters and scope as <see cref="ListAuditEntries"/>: one record per changed
/// field (an entry without changes is one record), times in Beijing time. At most <see cref="MaxEntries"/> entries;
/// narrow the filters for more.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record ExportAuditEntries(string? Entity, string? EntityId, Guid? ActorId, DateOnly? From, DateOnly? To)
    : IQuery<Result<CsvDocument>>, IAuditFilter
{
    public const int MaxEntries = 50_000;
}

public sealed class ExportAuditEntriesValidator : AbstractValidator<ExportAuditEntries>
{
    public ExportAuditEntriesValidator() => this.IncludeAuditFilterRules();
}

public sealed class ExportAuditEntriesHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ExportAuditEntries, Result<CsvDocument>>
{
    public async ValueTask<Result<CsvDocument>> Handle(ExportAuditEntries query, CancellationToken cancellationToken)
    {
        var rows = await db.Query(user, query).Take(ExportAuditEntries.MaxEntries).ToListAsync(cancellationToken);
        var csv = AuditCsv.Write(rows.Select(r => r.ToResponse()));
        return new CsvDocument(AuditCsv.FileName(query, clock.Today()), csv.ToBytes());
    }
}

public static class AuditCsv
{
    public static readonly string[] Header = ["时间(北京时间)", "操作人", "操作人ID", "操作", "对象类型", "对象ID", "字段", "原值", "新值", "记录号"];

    public static CsvWriter Write(IEnumerable<AuditEntryResponse> entries)
    {
        var csv = new CsvWriter().Row(Header);
        foreach (var e in entries)
        {
            var changes = e.Changes.Count == 0 ? [new AuditChangeResponse(string.Empty, null, null)] : e.Changes;
            foreach (var change in changes)
            {
                csv.Row(AuditTrail.BeijingTime(e.At), e.ActorName, e.ActorId?.ToString(), e.Action, e.Entity, e.EntityId, change.Field, change.From, change.To, e.Id);
            }
        }

        return csv;
    }

    /// <summary>What and when: <c>audit_AlliancePairing_2026-01-01_to_2026-12-04.csv</c> (to defaults to today).</summary>
    public static string FileName(IAuditFilter filter, DateOnly today)
    {
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var what = filter.Entity ?? "all";
        var from = filter.From is { } f ? Day(f) : "start";
        return $"audit_{what}_{from}_to_{Day(filter.To ?? today)}.csv";
    }
}
