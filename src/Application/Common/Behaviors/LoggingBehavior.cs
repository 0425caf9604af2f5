using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Common.Behaviors;

/// <summary>First in the pipeline: logs every message with its outcome and duration.</summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(
    ILogger<LoggingBehavior<TMessage, TResponse>> logger,
    ICurrentUser currentUser) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response is IResult { Error: { } error })
        {
            LogFailed(typeof(TMessage).Name, currentUser.UserId, error.Code, elapsed);
        }
        else
        {
            LogHandled(typeof(TMessage).Name, currentUser.UserId, elapsed);
        }

        return response;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} by {UserId} handled in {ElapsedMs:0.0} ms")]
    private partial void LogHandled(string message, Guid? userId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} by {UserId} failed with {Code} in {ElapsedMs:0.0} ms")]
    private partial void LogFailed(string message, Guid? userId, string code, double elapsedMs);
}
