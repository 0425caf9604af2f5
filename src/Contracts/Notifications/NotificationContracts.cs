namespace SpecialtyAlliance.Contracts.Notifications;

/// <summary>A notification in the user's list.</summary>
public sealed record NotificationResponse(
    Guid Id, string Kind, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>The hub message <c>NotificationReceived</c>, pushed to <c>user:{id}</c> when a notification is created.</summary>
public sealed record NotificationReceived(Guid Id, string Kind, string Title, string Body, string? Link, DateTimeOffset CreatedAt);

/// <summary>A reminder still to come about the user's work.</summary>
public sealed record ReminderResponse(
    Guid Id, string Kind, string SubjectType, Guid SubjectId, DateTimeOffset DueAt, ReminderStatus Status);

/// <summary>How many of the user's notifications are unread (for the bell).</summary>
public sealed record UnreadCountResponse(int Unread);
