using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Auditing;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Auditing;

/// <summary>
/// The audit trail, newest first, paged: administrators every entry, coordinators those about their hospital's
/// records (ADR 0038). Filter by entity (a name of <see cref="AuditTrail.KnownEntities"/>), entity id, actor, and days
/// (from/to, Asia/Shanghai, both included).
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record ListAuditEntries(
    string? Entity, string? EntityId, Guid? ActorId, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<Result<PagedResponse<AuditEntryResponse>>>, IPagedQuery, IAuditFilter;

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntries>
{
    public ListAuditEntriesValidator()
    {
        this.IncludePagingRules();
        this.IncludeAuditFilterRules();
    }
}

public sealed class ListAuditEntriesHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<ListAuditEntries, Result<PagedResponse<AuditEntryResponse>>>
{
    public async ValueTask<Result<PagedResponse<AuditEntryResponse>>> Handle(ListAuditEntries query, CancellationToken cancellationToken)
    {
        var rows = db.Query(user, query);
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedResponse<AuditEntryResponse>([.. page.Select(r => r.ToResponse())], query.Page, query.PageSize, total);
    }
}
