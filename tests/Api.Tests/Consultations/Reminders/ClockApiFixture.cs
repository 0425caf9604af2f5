using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Consultations.Reminders;

/// <summary>
/// A host whose clock the test moves (every handler reads time from it), with no Hangfire server: the test runs the
/// sweeper itself. Tokens are issued on this clock too, so a test moves it only after its HTTP calls, or by less than
/// their lifetime (8 h).
/// </summary>
public sealed class ClockApiFixture(PostgresFixture postgres) : ApiFixture(postgres)
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override Action<IServiceCollection>? Services => services => services.AddSingleton<TimeProvider>(Clock);

    /// <summary>One run of the reminder sweeper (what the recurring job does every minute).</summary>
    public async Task<int> SweepAsync()
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepReminders())).Value;
    }
}
