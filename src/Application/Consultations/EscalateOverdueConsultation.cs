using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>
/// Marks a request that waited past its response target as escalated — once per request — which writes the
/// <c>consultation-response-missed</c> reminders and sends a live change (overdue). Sent by the reminder sweeper, never by people.
/// True when it escalated now.
/// </summary>
[AllowAnonymousMessage]
public sealed record EscalateOverdueConsultation(Guid ConsultationId) : ICommand<Result<bool>>;

public sealed class EscalateOverdueConsultationHandler(IAllianceDbContext db, TimeProvider clock)
    : ICommandHandler<EscalateOverdueConsultation, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(EscalateOverdueConsultation command, CancellationToken cancellationToken)
    {
        var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Id == command.ConsultationId, cancellationToken);
        return consultation?.MarkResponseMissed(clock.GetUtcNow()) ?? false;
    }
}
