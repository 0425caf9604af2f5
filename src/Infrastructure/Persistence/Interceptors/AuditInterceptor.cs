using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Auditing;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every added, changed or deleted domain entity, in the same
/// save (so the same transaction) as the change: who (the current user, or the system), what, when, and
/// the changed values. Sign-in bookkeeping of the Identity tables (lock-out counters, stamps) is not
/// domain data and is not audited. Each entry names the hospitals whose record it is (<see cref="AuditScope"/>), so
/// coordinators read their own hospital's history and nobody else's (ADR 0038).
/// </summary>
public sealed class AuditInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Enumerations by name (<c>"Ended"</c>, not <c>3</c>), so the trail reads the same as the API.</summary>
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddAuditEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var entries = context.ChangeTracker.Entries<Entity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => AuditEntry.Create(
                currentUser.UserId,
                e.Metadata.ClrType.Name,
                e.Entity.Id.ToString(),
                e.State.ToString(),
                Changes(e),
                now,
                AuditScope.HospitalsOf(e)))
            .ToList();
        context.Set<AuditEntry>().AddRange(entries);
    }

    private static string Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name);
            if (property.Metadata.IsConcurrencyToken || property.Metadata.IsPrimaryKey())
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    changes[name] = property.CurrentValue;
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new { from = property.OriginalValue, to = property.CurrentValue };
                    break;
                default:
                    break;
            }
        }

        return JsonSerializer.Serialize(changes, JsonOptions);
    }
}
