using Xunit;
namespace SpecialtyAlliance.Testing;

/// <summary>
/// One PostgreSQL server and one migrated, demo-seeded template per test assembly (an xunit assembly
/// fixture); each test class clones its own database from the template, so classes run in parallel
/// without seeing each other's rows.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private string? _template;

    public PostgresServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await PostgresServer.StartAsync();
        Console.WriteLine($"PostgreSQL for tests: {Server.Source}");
        _template = await Server.CreateTemplateAsync();
    }

    /// <summary>A fresh database holding the schema and the demo alliance.</summary>
    public Task<string> CreateDatabaseAsync() => Server.CloneAsync(_template!);

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
