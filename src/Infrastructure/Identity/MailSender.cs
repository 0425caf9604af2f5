using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SpecialtyAlliance.Infrastructure.Identity;

/// <summary>Sends one plain-text e-mail through the configured SMTP server (MailKit); a new connection per message.</summary>
public sealed partial class MailSender(IOptions<EmailOptions> options, ILogger<MailSender> logger)
{
    public bool IsConfigured => options.Value.IsConfigured;

    public async Task SendAsync(string toAddress, string toName, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From ?? throw new InvalidOperationException("Alliance:Email:From is not set.")));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Alliance:Email:Host is not set."), settings.Port, SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        LogSent(logger, subject, toAddress);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mailed '{Subject}' to {Address}")]
    private static partial void LogSent(ILogger logger, string subject, string address);
}
