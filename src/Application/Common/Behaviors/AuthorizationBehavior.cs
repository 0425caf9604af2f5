using System.Reflection;
using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Common.Behaviors;

/// <summary>
/// Role checks, declared on the message with <see cref="RequireRolesAttribute"/>. Which rows a user
/// may see is the handler's business (through <see cref="Security.Scope"/>), so out-of-scope reads
/// answer "not found" instead of "forbidden".
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly bool AllowsAnonymous =
        typeof(TMessage).GetCustomAttribute<AllowAnonymousMessageAttribute>() is not null;

    private static readonly IReadOnlyList<StaffRole>? RequiredRoles =
        typeof(TMessage).GetCustomAttribute<RequireRolesAttribute>()?.Roles;

    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (AllowsAnonymous)
        {
            return next(message, cancellationToken);
        }

        if (!currentUser.IsAuthenticated)
        {
            return ValueTask.FromResult(Failures<TResponse>.Create(
                new Error(ErrorKind.Unauthorized, "unauthorized", "Sign in first.")));
        }

        if (RequiredRoles is not null && (currentUser.Role is not { } role || !RequiredRoles.Contains(role)))
        {
            return ValueTask.FromResult(Failures<TResponse>.Create(Error.Forbidden(
                $"Only {string.Join(" or ", RequiredRoles)} users may do this.")));
        }

        return next(message, cancellationToken);
    }
}
