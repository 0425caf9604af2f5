using SpecialtyAlliance.Contracts.Consultations;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>
/// Sends a committed consultation change live (the hub's <c>ConsultationChanged</c>) to the requesting hospital's group
/// and the feed of each routed department — and to nobody else. Called only after the commit.
/// </summary>
public interface IConsultationFeed
{
    Task PublishAsync(ConsultationChanged change, IReadOnlyList<Guid> routedDepartmentIds, CancellationToken cancellationToken);
}
