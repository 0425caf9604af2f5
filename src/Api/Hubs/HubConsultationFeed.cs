using Microsoft.AspNetCore.SignalR;
using SpecialtyAlliance.Application.Consultations;
using SpecialtyAlliance.Contracts.Consultations;

namespace SpecialtyAlliance.Api.Hubs;

/// <summary>Sends a committed consultation change to its requesting hospital and its routed departments' feeds, nobody else.</summary>
internal sealed class HubConsultationFeed(IHubContext<AllianceHub, IAllianceClient> hub) : IConsultationFeed
{
    public Task PublishAsync(ConsultationChanged change, IReadOnlyList<Guid> routedDepartmentIds, CancellationToken cancellationToken)
    {
        List<string> groups =
        [
            AllianceHub.HospitalGroup(change.RequestingHospitalId),
            .. routedDepartmentIds.Distinct().Select(department => AllianceHub.FeedGroup(change.Specialty, department)),
        ];
        return hub.Clients.Groups(groups).ConsultationChanged(change);
    }
}
