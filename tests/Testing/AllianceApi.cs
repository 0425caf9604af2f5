using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Infrastructure.Demo;

namespace SpecialtyAlliance.Testing;

/// <summary>
/// The real API host on Kestrel, listening on a free loopback port, over its own database: tests talk to it
/// with real HTTP and SignalR clients (and browsers), exactly as users do.
/// </summary>
public sealed class AllianceApi : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.OrdinalIgnoreCase);

    public AllianceApi(string connectionString, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _connectionString = connectionString;
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>The folder, beside the test assembly, where a test project publishes the Release web client to serve.</summary>
    public const string PublishedWebClientFolder = "published-web-client";

    public string ConnectionString => _connectionString;

    /// <summary>The address the server listens on, such as <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Alliance", _connectionString);
        builder.UseSetting("Alliance:SeedDemoData", "false");
        builder.UseSetting("Alliance:MigrateOnStart", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");

        // Keys are kept unencrypted in the test database on purpose (see ADR 0004); no need to say so per test class.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        builder.UseSetting("Logging:LogLevel:SpecialtyAlliance.Infrastructure.Identity.KeyProtection", "Error");
        // Background jobs run only in the test classes that ask for them (Alliance:Jobs:RunServer=true).
        builder.UseSetting("Alliance:Jobs:RunServer", "false");
        builder.UseSetting("Alliance:Jobs:WorkerCount", "2");

        // A test project that publishes the web client in Release beside itself (the browser journeys, see their
        // project file) serves that one: what the journeys load and measure is what users get.
        var publishedClient = Path.Combine(AppContext.BaseDirectory, PublishedWebClientFolder);
        if (Directory.Exists(publishedClient))
        {
            builder.UseSetting("Alliance:WebClient", publishedClient);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    /// <summary>An HTTP client with no credentials.</summary>
    public HttpClient Anonymous() => new() { BaseAddress = Address };

    /// <summary>An HTTP client signed in as <paramref name="email"/> (a demo user by default password) with a bearer token.</summary>
    public async Task<HttpClient> ClientFor(string email, string password = DemoSeeder.DemoPassword)
    {
        var token = await TokenFor(email, password);
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A bearer token for <paramref name="email"/>, signed in once per host.</summary>
    public Task<string> TokenFor(string email, string password = DemoSeeder.DemoPassword) =>
        _tokens.GetOrAdd(email, async _ =>
        {
            using var client = Anonymous();
            using var response = await client.PostAsJsonAsync("/api/auth/login", new LoginRequest(email, password));
            response.EnsureSuccessStatusCode();
            var login = await response.Content.ReadFromJsonAsync<LoginResponse>();
            return login!.AccessToken;
        });

    /// <summary>A SignalR connection to the hub, signed in as <paramref name="email"/>; not yet started.</summary>
    public async Task<HubConnection> HubFor(string email)
    {
        var token = await TokenFor(email);
        return new HubConnectionBuilder()
            .WithUrl(new Uri(Address, "/hubs/alliance"), options => options.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
    }
}
