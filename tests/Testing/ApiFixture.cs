using Xunit;
namespace SpecialtyAlliance.Testing;

/// <summary>A test class's own database (cloned from the run's template) and the API host over it.</summary>
public class ApiFixture(PostgresFixture postgres) : IAsyncLifetime
{
    public AllianceApi Api { get; private set; } = null!;

    public PostgresFixture Postgres => postgres;

    /// <summary>Extra host settings for a test class (override to change them).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Extra services for a test class's host (override to add them).</summary>
    protected virtual Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Services => null;

    public async ValueTask InitializeAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        Api = new AllianceApi(connectionString, Settings, Services);
        Api.StartServer();
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
