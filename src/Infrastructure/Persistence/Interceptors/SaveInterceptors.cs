namespace SpecialtyAlliance.Infrastructure.Persistence.Interceptors;

/// <summary>
/// The SaveChanges interceptors in the order they act on a save — an order that carries meaning, so it is written down
/// once here and proven by <c>SaveInterceptorOrderTests</c>:
/// <list type="number">
/// <item><see cref="DomainEventsInterceptor"/>: domain-event handlers add their rows (reminders) to the same save;</item>
/// <item><see cref="ConsultationSequenceInterceptor"/>: changed consultations get their change numbers — after the
/// handlers (which may change a consultation) and before the audit, so the audit records the numbered values;</item>
/// <item><see cref="AuditInterceptor"/>: one audit entry for every row the save writes, the handlers' rows included;</item>
/// <item><see cref="ReminderSchedulingInterceptor"/>: pending reminders' jobs are queued for after the commit;</item>
/// <item><see cref="AfterCommitInterceptor"/>: runs what was queued once the transaction commits, drops it on rollback.</item>
/// </list>
/// </summary>
public static class SaveInterceptors
{
    public static IReadOnlyList<Type> InOrder { get; } =
    [
        typeof(DomainEventsInterceptor),
        typeof(ConsultationSequenceInterceptor),
        typeof(AuditInterceptor),
        typeof(ReminderSchedulingInterceptor),
        typeof(AfterCommitInterceptor),
    ];
}
