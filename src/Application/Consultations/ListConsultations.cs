using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using ConsultationStatus = SpecialtyAlliance.Domain.Consultations.ConsultationStatus;
using Urgency = SpecialtyAlliance.Domain.Consultations.Urgency;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>
/// The consultations the caller may see, newest request first, paged; filters: status, specialty, urgency, requesting
/// hospital, the specialist holding it (<c>claimedBy</c>: a specialist's own desk), and a request-time range [from, to).
/// </summary>
public sealed record ListConsultations(
    string? Status = null,
    string? Specialty = null,
    string? Urgency = null,
    Guid? HospitalId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    Guid? ClaimedBy = null) : IQuery<Result<PagedResponse<ConsultationSummaryResponse>>>, IPagedQuery;

public sealed class ListConsultationsValidator : AbstractValidator<ListConsultations>
{
    public ListConsultationsValidator()
    {
        this.IncludePagingRules();
        RuleFor(q => q.Status).IsEnumName(typeof(ConsultationStatus)).When(q => q.Status is not null)
            .WithMessage("Status must be one of: " + string.Join(", ", Enum.GetNames<ConsultationStatus>()) + ".");
        RuleFor(q => q.Urgency).IsEnumName(typeof(Urgency)).When(q => q.Urgency is not null)
            .WithMessage("Urgency must be one of: " + string.Join(", ", Enum.GetNames<Urgency>()) + ".");
        RuleFor(q => q.Specialty).Must(Domain.Common.Specialty.IsKnown).When(q => q.Specialty is not null)
            .WithMessage("Specialty must be a code of the catalogue.");
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must be after 'from'.");
    }
}

public sealed class ListConsultationsHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListConsultations, Result<PagedResponse<ConsultationSummaryResponse>>>
{
    public async ValueTask<Result<PagedResponse<ConsultationSummaryResponse>>> Handle(ListConsultations query, CancellationToken cancellationToken)
    {
        var consultations = db.Consultations.AsNoTracking().VisibleTo(user);
        if (query.Status is not null)
        {
            var status = Enum.Parse<ConsultationStatus>(query.Status);
            consultations = consultations.Where(c => c.Status == status);
        }

        if (query.Urgency is not null)
        {
            var urgency = Enum.Parse<Urgency>(query.Urgency);
            consultations = consultations.Where(c => c.Urgency == urgency);
        }

        if (query.Specialty is { } specialty)
        {
            consultations = consultations.Where(c => c.Specialty == specialty);
        }

        if (query.HospitalId is { } hospitalId)
        {
            consultations = consultations.Where(c => c.RequestingHospitalId == hospitalId);
        }

        if (query.ClaimedBy is { } claimedBy)
        {
            consultations = consultations.Where(c => c.ClaimedById == claimedBy);
        }

        if (query.From is { } from)
        {
            consultations = consultations.Where(c => c.RequestedAt >= from);
        }

        if (query.To is { } to)
        {
            consultations = consultations.Where(c => c.RequestedAt < to);
        }

        var now = clock.GetUtcNow();
        var page = await (
                from c in consultations
                join h in db.Hospitals on c.RequestingHospitalId equals h.Id
                join r in db.Staff on c.RequesterId equals r.Id
                join s in db.Staff on c.ClaimedById equals s.Id into claimers
                from s in claimers.DefaultIfEmpty()
                orderby c.RequestedAt descending, c.Id descending
                select new ConsultationSummaryResponse(
                    c.Id,
                    c.Specialty,
                    string.Empty,
                    c.Urgency.ToWire(),
                    c.Status.ToWire(),
                    c.RequestingHospitalId,
                    h.Name,
                    c.RequesterId,
                    r.FullName,
                    c.PatientReference,
                    c.RequestedAt,
                    c.ResponseDueAt,
                    c.Status == ConsultationStatus.Requested && c.ResponseDueAt <= now,
                    c.ClaimedById,
                    s == null ? null : s.FullName,
                    c.ScheduledStart,
                    c.ScheduledEnd,
                    c.LastSequence,
                    c.Version))
            .ToPageAsync(query, cancellationToken);

        return page with { Items = [.. page.Items.Select(i => i with { SpecialtyNameZh = Domain.Common.Specialty.Find(i.Specialty)?.NameZh ?? i.Specialty })] };
    }
}
