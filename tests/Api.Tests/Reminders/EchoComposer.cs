using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reminders;

/// <summary>
/// A reminder kind for testing the delivery mechanism on its own (the real kinds are tested with the
/// features that create them). Its subject "no longer needs it" when the subject type is "Closed".
/// </summary>
internal sealed class EchoComposer : IReminderComposer
{
    public const string EchoKind = "test-echo";

    public string Kind => EchoKind;

    public Task<ReminderMessage?> ComposeAsync(Reminder reminder, CancellationToken cancellationToken) =>
        Task.FromResult(reminder.SubjectType == "Closed"
            ? null
            : new ReminderMessage($"Echo {reminder.SubjectId}", "A test reminder came due.", $"/echo/{reminder.SubjectId}"));
}

/// <summary>A host whose Hangfire server runs (polling every second), with the echo kind.</summary>
public sealed class JobsApiFixture(PostgresFixture postgres) : ApiFixture(postgres)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Alliance:Jobs:RunServer"] = "true",
    };

    protected override Action<IServiceCollection>? Services => services => services.AddSingleton<IReminderComposer, EchoComposer>();
}

/// <summary>A host with no Hangfire server: jobs are scheduled but nothing runs them (a stopped process).</summary>
public sealed class NoJobsApiFixture(PostgresFixture postgres) : ApiFixture(postgres)
{
    protected override Action<IServiceCollection>? Services => services => services.AddSingleton<IReminderComposer, EchoComposer>();
}
