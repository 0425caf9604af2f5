using System.Globalization;
using System.Text.Json;
using FluentValidation;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Contracts.Auditing;
using SpecialtyAlliance.Domain.Auditing;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Application.Auditing;

/// <summary>The filters the audit trail's JSON and CSV share.</summary>
public interface IAuditFilter
{
    string? Entity { get; }

    string? EntityId { get; }

    Guid? ActorId { get; }

    DateOnly? From { get; }

    DateOnly? To { get; }
}

/// <summary>
/// Reading the audit trail (ADR 0038): who sees which entries, the filters, and an entry as a response. Administrators
/// read every entry; a coordinator the entries about their own hospital's records (<see cref="AuditEntry.HospitalIds"/>);
/// nobody else any. An entity id outside the caller's scope simply matches nothing (an empty page, never a hint).
/// </summary>
public static class AuditTrail
{
    /// <summary>The earliest and latest day a filter may name.</summary>
    public static readonly DateOnly EarliestDay = new(2000, 1, 1);

    public static readonly DateOnly LatestDay = new(2099, 12, 31);

    /// <summary>Names of audited things that are not domain entities (events written by other parts, such as sign-ins).</summary>
    private static readonly string[] OtherEntities = ["Account"];

    /// <summary>The entity names an entry may carry: every entity of the domain, plus the account events.</summary>
    public static IReadOnlyList<string> KnownEntities { get; } =
        [.. typeof(Entity).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(Entity)))
            .Select(t => t.Name)
            .Concat(OtherEntities)
            .Distinct()
            .Order(StringComparer.Ordinal)];

    public static void IncludeAuditFilterRules<T>(this AbstractValidator<T> validator)
        where T : IAuditFilter
    {
        validator.RuleFor(q => q.Entity).Must(e => KnownEntities.Contains(e!, StringComparer.Ordinal)).When(q => q.Entity is not null)
            .OverridePropertyName("entity").WithMessage("Entity must be one of: " + string.Join(", ", KnownEntities) + ".");
        validator.RuleFor(q => q.EntityId).MaximumLength(64).OverridePropertyName("entityId");
        validator.RuleFor(q => q.From).InclusiveBetween(EarliestDay, LatestDay).When(q => q.From is not null)
            .OverridePropertyName("from");
        validator.RuleFor(q => q.To).InclusiveBetween(EarliestDay, LatestDay).When(q => q.To is not null)
            .OverridePropertyName("to");
        validator.RuleFor(q => q.To).Must((q, to) => to >= q.From).When(q => q.From is not null && q.To is not null)
            .OverridePropertyName("to").WithMessage("'to' cannot be before 'from'.");
    }

    /// <summary>The entries the user may read, filtered, newest first, with the actor's name.</summary>
    public static IQueryable<AuditRow> Query(this IAllianceDbContext db, ICurrentUser user, IAuditFilter filter)
    {
        var entries = db.AuditEntries.AsQueryable();
        if (!user.IsAdministrator)
        {
            var own = user.HospitalId ?? Guid.Empty;
            entries = entries.Where(e => e.HospitalIds.Contains(own));
        }

        if (filter.Entity is { } entity)
        {
            entries = entries.Where(e => e.EntityType == entity);
        }

        if (filter.EntityId is { } entityId)
        {
            entries = entries.Where(e => e.EntityId == entityId);
        }

        if (filter.ActorId is { } actorId)
        {
            entries = entries.Where(e => e.ActorId == actorId);
        }

        if (filter.From is { } from)
        {
            var start = Common.AllianceTime.At(from, TimeOnly.MinValue);
            entries = entries.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = Common.AllianceTime.At(to.AddDays(1), TimeOnly.MinValue);
            entries = entries.Where(e => e.At < end);
        }

        return from e in entries
               join s in db.Staff on e.ActorId equals s.Id into actors
               from s in actors.DefaultIfEmpty()
               orderby e.At descending, e.Id descending
               select new AuditRow(e.Id, e.At, e.ActorId, s == null ? null : s.FullName, e.Action, e.EntityType, e.EntityId, e.Changes);
    }

    public static AuditEntryResponse ToResponse(this AuditRow row) =>
        new(row.Id, row.At, row.ActorId, row.ActorName, row.Action, row.Entity, row.EntityId, ParseChanges(row.Action, row.Changes));

    /// <summary>
    /// The interceptor's JSON: for a modified record <c>{"field": {"from": …, "to": …}}</c>; for an added (or deleted)
    /// one <c>{"field": value}</c>; other writers may add any object — a value that is not from/to is read as "to".
    /// </summary>
    public static IReadOnlyList<AuditChangeResponse> ParseChanges(string action, string json)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var changes = new List<AuditChangeResponse>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("from", out var from) && value.TryGetProperty("to", out var to))
            {
                changes.Add(new AuditChangeResponse(property.Name, Text(from), Text(to)));
            }
            else if (action == "Deleted")
            {
                changes.Add(new AuditChangeResponse(property.Name, Text(value), null));
            }
            else
            {
                changes.Add(new AuditChangeResponse(property.Name, null, Text(value)));
            }
        }

        return changes;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => Text(v) ?? string.Empty)),
        JsonValueKind.Number => value.GetRawText(),
        _ => value.GetRawText(),
    };

    /// <summary>A time in Beijing time, as the CSV shows it.</summary>
    public static string BeijingTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Common.AllianceTime.Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}

/// <summary>An entry as read, before its changes are parsed.</summary>
public sealed record AuditRow(
    long Id, DateTimeOffset At, Guid? ActorId, string? ActorName, string Action, string Entity, string EntityId, string Changes);
