using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SpecialtyAlliance.Domain.Activities;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Referrals;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Domain.TechnologyGaps;

namespace SpecialtyAlliance.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Which hospitals an audited record belongs to (ADR 0038): the properties of each entity type that hold a hospital's
/// id. A modified record counts both the value it had and the value it has, so a hospital that a change takes the
/// record away from still reads that change. Every audited type is listed — either with its properties or, for
/// bookkeeping that belongs to no hospital, with none (administrators only); a test checks no type is forgotten.
/// </summary>
public static class AuditScope
{
    private static readonly Dictionary<Type, string[]> HospitalProperties = new()
    {
        [typeof(Hospital)] = [nameof(Hospital.Id)],
        [typeof(Department)] = [nameof(Department.HospitalId)],
        [typeof(PartyBranch)] = [nameof(PartyBranch.HospitalId)],
        [typeof(AlliancePairing)] = [nameof(AlliancePairing.CityHospitalId), nameof(AlliancePairing.CountyHospitalId)],
        [typeof(StaffMember)] = [nameof(StaffMember.HospitalId)],
        [typeof(SupportRequest)] = [nameof(SupportRequest.CountyHospitalId)],
        [typeof(AssistanceRotation)] = [nameof(AssistanceRotation.HomeHospitalId), nameof(AssistanceRotation.HostHospitalId)],
        [typeof(TechnologyGap)] = [nameof(TechnologyGap.HospitalId), nameof(TechnologyGap.MentoringHospitalId)],
        [typeof(JointActivity)] = [nameof(JointActivity.HospitalIds)],
        [typeof(Consultation)] = [nameof(Consultation.RequestingHospitalId), nameof(Consultation.RoutedHospitalIds)],
        [typeof(Referral)] = [nameof(Referral.RequestingHospitalId), nameof(Referral.ReceivingHospitalId)],

        // Bookkeeping of a consultation or a person, not a hospital's record: administrators only.
        [typeof(ConsultationTransition)] = [],
        [typeof(AvailabilityWindow)] = [],
        [typeof(SpecialistBooking)] = [],
        [typeof(Reminder)] = [],
        [typeof(Notification)] = [],
    };

    /// <summary>The entity types the map knows (the test compares it with every entity of the domain).</summary>
    public static IReadOnlyCollection<Type> KnownTypes => HospitalProperties.Keys;

    public static IReadOnlyList<Guid> HospitalsOf(EntityEntry entry)
    {
        if (!HospitalProperties.TryGetValue(entry.Metadata.ClrType, out var properties))
        {
            return [];
        }

        var hospitals = new HashSet<Guid>();
        foreach (var name in properties)
        {
            var property = entry.Property(name);
            Collect(property.CurrentValue, hospitals);
            if (entry.State == EntityState.Modified)
            {
                Collect(property.OriginalValue, hospitals);
            }
        }

        hospitals.Remove(Guid.Empty);
        return [.. hospitals];
    }

    private static void Collect(object? value, HashSet<Guid> hospitals)
    {
        switch (value)
        {
            case Guid id:
                hospitals.Add(id);
                break;
            case IEnumerable<Guid> ids:
                hospitals.UnionWith(ids);
                break;
            default:
                break;
        }
    }
}
