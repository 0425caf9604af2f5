using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Common.Behaviors;

/// <summary>
/// Last before the handler, for commands only: the handler runs inside one database transaction; when it
/// succeeds everything it changed is saved and committed together, and when it fails nothing is — so a
/// refused command changes nothing, even if the handler saved part of its work on the way (to read a value
/// the database assigns, say). A command sent from inside another command joins the outer transaction.
/// What must wait for the commit (live pushes, job scheduling) is queued on <see cref="IAfterCommit"/>.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IAllianceDbContext db)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        if (response is IResult { IsSuccess: true })
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
            db.DiscardChanges();
        }

        return response;
    }
}
