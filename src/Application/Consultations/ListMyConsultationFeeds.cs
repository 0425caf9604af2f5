using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Alliances;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>One live feed of consultation changes: a specialty as routed to one city department.</summary>
public sealed record ConsultationFeed(string Specialty, Guid DepartmentId);

/// <summary>
/// The consultation feeds the caller follows live (the hub joins their groups on connect): for a specialist, every
/// specialty routed to their department by an Active pairing, and every specialty of an open consultation still routed
/// there (routing is fixed when a request is made). Nobody else follows a department feed: the requesting side hears
/// through its hospital's group.
/// </summary>
public sealed record ListMyConsultationFeeds : IQuery<Result<IReadOnlyList<ConsultationFeed>>>;

public sealed class ListMyConsultationFeedsHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<ListMyConsultationFeeds, Result<IReadOnlyList<ConsultationFeed>>>
{
    private static readonly ConsultationStatus[] Final = [ConsultationStatus.Closed, ConsultationStatus.Rejected, ConsultationStatus.Cancelled];

    public async ValueTask<Result<IReadOnlyList<ConsultationFeed>>> Handle(ListMyConsultationFeeds query, CancellationToken cancellationToken)
    {
        if (user.Role != StaffRole.Specialist || user.DepartmentId is not { } department)
        {
            return Array.Empty<ConsultationFeed>();
        }

        var routedNow = await db.SpecialtiesRoutedTo(department).ToListAsync(cancellationToken);
        var stillOpen = await db.Consultations
            .Where(c => c.RoutedDepartmentIds.Contains(department) && !Final.Contains(c.Status))
            .Select(c => c.Specialty)
            .Distinct()
            .ToListAsync(cancellationToken);
        return routedNow.Union(stillOpen).Order(StringComparer.Ordinal).Select(s => new ConsultationFeed(s, department)).ToList();
    }
}
