using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Auditing;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Infrastructure.Identity;

namespace SpecialtyAlliance.Infrastructure.Persistence;

/// <summary>The database. Partial: each feature adds its sets in a file of its own beside this one.</summary>
public sealed partial class AllianceDbContext(DbContextOptions<AllianceDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IAllianceDbContext, IDataProtectionKeyContext
{
    public DbSet<Hospital> Hospitals => Set<Hospital>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<PartyBranch> PartyBranches => Set<PartyBranch>();

    public DbSet<AlliancePairing> Pairings => Set<AlliancePairing>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>Data-protection keys, shared by every API instance so a cookie or token from one is read by all.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public void DiscardChanges() => ChangeTracker.Clear();

    public void ExpectVersion<T>(T entity, uint version)
        where T : AggregateRoot =>
        Entry(entity).Property(e => e.Version).OriginalValue = version;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("btree_gist");
        builder.ApplyConfigurationsFromAssembly(typeof(AllianceDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)).ToList())
        {
            var entity = builder.Entity(entityType.ClrType);
            entity.Ignore(nameof(Entity.DomainEvents));
            entity.Property(nameof(Entity.Id)).ValueGeneratedNever();
            if (typeof(AggregateRoot).IsAssignableFrom(entityType.ClrType))
            {
                // Npgsql maps a uint row version to PostgreSQL's system column xmin.
                entity.Property(nameof(AggregateRoot.Version)).IsRowVersion();
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every enum is stored by name, so the database reads as the domain does.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
