using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Domain.Reminders;

/// <summary>Something a person was told: listed for them, pushed live, marked read.</summary>
public sealed class Notification : Entity
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 2000;
    public const int LinkMaxLength = 300;

    private Notification()
    {
        Kind = null!;
        Title = null!;
        Body = null!;
    }

    public Guid RecipientId { get; private set; }

    public string Kind { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    /// <summary>Where in the web client it leads, such as <c>/consultations/…</c>.</summary>
    public string? Link { get; private set; }

    /// <summary>The reminder it delivers (unique: a reminder makes at most one notification).</summary>
    public Guid? ReminderId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public static Notification Create(
        Guid recipientId, string kind, string title, string body, string? link, Guid? reminderId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return new Notification
        {
            RecipientId = recipientId,
            Kind = kind,
            Title = title.Length > TitleMaxLength ? title[..TitleMaxLength] : title,
            Body = body.Length > BodyMaxLength ? body[..BodyMaxLength] : body,
            Link = link,
            ReminderId = reminderId,
            CreatedAt = now,
        };
    }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
