using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Infrastructure.Persistence.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.Kind).HasMaxLength(Reminder.KindMaxLength);
        builder.Property(r => r.SubjectType).HasMaxLength(Reminder.SubjectTypeMaxLength);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.RecipientId).OnDelete(DeleteBehavior.Cascade);

        // The sweeper's scan: pending reminders by due time.
        builder.HasIndex(r => r.DueAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_reminders_pending_due_at");

        // One live reminder of a kind about a subject for a person: an escalation written on every sweep
        // collides here and is written once.
        builder.HasIndex(r => new { r.Kind, r.SubjectId, r.RecipientId }).IsUnique()
            .HasFilter("status <> 'Cancelled'").HasDatabaseName("ux_reminders_kind_subject_recipient");
        builder.HasIndex(r => new { r.RecipientId, r.Status, r.DueAt });
        builder.HasIndex(r => new { r.SubjectType, r.SubjectId });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Kind).HasMaxLength(Reminder.KindMaxLength);
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
        builder.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        builder.HasOne<StaffMember>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Reminder>().WithMany().HasForeignKey(n => n.ReminderId).OnDelete(DeleteBehavior.SetNull);

        // A reminder makes at most one notification, whatever runs its job.
        builder.HasIndex(n => n.ReminderId).IsUnique().HasFilter("reminder_id IS NOT NULL");
        builder.HasIndex(n => new { n.RecipientId, n.ReadAt, n.CreatedAt });
    }
}
