using Mediator;
using Microsoft.EntityFrameworkCore.Storage;
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
        try
        {
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
        catch
        {
            // A save the database refused (a taken slot, a concurrent edit): roll back explicitly, so what was queued
            // for after the commit is dropped and the tracked changes are forgotten — the scope may send more commands
            // (the reminder sweeper does).
            await RollBackQuietlyAsync(transaction);
            db.DiscardChanges();
            throw;
        }
    }

    private static async Task RollBackQuietlyAsync(IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            // Already ended (a failed commit ends it): nothing left to undo.
        }
    }
}
