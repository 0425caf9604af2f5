using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Common.Behaviors;

/// <summary>
/// Last before the handler, for commands only: saves everything the handler changed in one
/// transaction when it succeeds, and nothing when it fails — so a refused command changes nothing.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IAllianceDbContext db)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (response is IResult { IsSuccess: true })
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return response;
    }
}
