using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace SpecialtyAlliance.Api.Tests.Staff;

/// <summary>A real SMTP server (the SmtpServer package) on a free loopback port, keeping every message it receives.</summary>
public sealed partial class TestMailServer : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<MimeMessage> _messages = new();

    private TestMailServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_messages));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    public static TestMailServer Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new TestMailServer(port);
    }

    /// <summary>The host settings that send mail here.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Alliance:Email:Host"] = "127.0.0.1",
        ["Alliance:Email:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Alliance:Email:From"] = "联盟办公室 <alliance@test.demo>",
    };

    /// <summary>The last message to <paramref name="address"/> whose subject contains <paramref name="subject"/>, waiting up to 10 seconds.</summary>
    public async Task<MimeMessage> MessageToAsync(string address, string subject)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var message = _messages.LastOrDefault(m =>
                m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase))
                && (m.Subject ?? string.Empty).Contains(subject, StringComparison.Ordinal));
            if (message is not null)
            {
                return message;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No e-mail '{subject}' reached {address}.");
            }

            await Task.Delay(50);
        }
    }

    public int CountTo(string address) =>
        _messages.Count(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The link in a message's body and the token in it.</summary>
    public static (string Link, string Token) LinkIn(MimeMessage message)
    {
        var match = LinkPattern().Match(message.TextBody ?? string.Empty);
        if (!match.Success)
        {
            throw new InvalidOperationException("The e-mail has no link: " + message.TextBody);
        }

        return (match.Value, match.Groups["token"].Value);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _server.Shutdown();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    [GeneratedRegex(@"https?://\S+\?token=(?<token>[A-Za-z0-9_\-.]+)")]
    private static partial Regex LinkPattern();

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
