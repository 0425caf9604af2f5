namespace SpecialtyAlliance.Application.Common;

/// <summary>
/// The domain's vocabulary and the wire's (ADR 0040): each domain enum has a twin in Contracts with the same names and
/// values (an architecture test holds them equal), so a value crosses by a cast. <c>ToWire</c> for responses,
/// <c>ToDomain</c> for requests (after validation: <c>IsInEnum</c>).
/// </summary>
public static class Wire
{
    public static SpecialtyAlliance.Contracts.Availability.WeekDay ToWire(this DayOfWeek value) => (SpecialtyAlliance.Contracts.Availability.WeekDay)value;

    public static DayOfWeek ToDomain(this SpecialtyAlliance.Contracts.Availability.WeekDay value) => (DayOfWeek)value;

    /// <summary>A consultation move as the wire names it (its route segment; the wire adds <c>refer</c>).</summary>
    public static SpecialtyAlliance.Contracts.Consultations.ConsultationAction ToWire(this SpecialtyAlliance.Domain.Consultations.ConsultationAction value) => (SpecialtyAlliance.Contracts.Consultations.ConsultationAction)value;

    public static SpecialtyAlliance.Contracts.Alliances.HospitalTier ToWire(this SpecialtyAlliance.Domain.Alliances.HospitalTier value) => (SpecialtyAlliance.Contracts.Alliances.HospitalTier)value;

    public static SpecialtyAlliance.Domain.Alliances.HospitalTier ToDomain(this SpecialtyAlliance.Contracts.Alliances.HospitalTier value) => (SpecialtyAlliance.Domain.Alliances.HospitalTier)value;

    public static SpecialtyAlliance.Contracts.Alliances.HospitalKind ToWire(this SpecialtyAlliance.Domain.Alliances.HospitalKind value) => (SpecialtyAlliance.Contracts.Alliances.HospitalKind)value;

    public static SpecialtyAlliance.Domain.Alliances.HospitalKind ToDomain(this SpecialtyAlliance.Contracts.Alliances.HospitalKind value) => (SpecialtyAlliance.Domain.Alliances.HospitalKind)value;

    public static SpecialtyAlliance.Contracts.Alliances.PairingStatus ToWire(this SpecialtyAlliance.Domain.Alliances.PairingStatus value) => (SpecialtyAlliance.Contracts.Alliances.PairingStatus)value;

    public static SpecialtyAlliance.Domain.Alliances.PairingStatus ToDomain(this SpecialtyAlliance.Contracts.Alliances.PairingStatus value) => (SpecialtyAlliance.Domain.Alliances.PairingStatus)value;

    public static SpecialtyAlliance.Contracts.Staff.StaffRole ToWire(this SpecialtyAlliance.Domain.Staff.StaffRole value) => (SpecialtyAlliance.Contracts.Staff.StaffRole)value;

    public static SpecialtyAlliance.Domain.Staff.StaffRole ToDomain(this SpecialtyAlliance.Contracts.Staff.StaffRole value) => (SpecialtyAlliance.Domain.Staff.StaffRole)value;

    public static SpecialtyAlliance.Contracts.Rotations.RotationRole ToWire(this SpecialtyAlliance.Domain.Rotations.RotationRole value) => (SpecialtyAlliance.Contracts.Rotations.RotationRole)value;

    public static SpecialtyAlliance.Domain.Rotations.RotationRole ToDomain(this SpecialtyAlliance.Contracts.Rotations.RotationRole value) => (SpecialtyAlliance.Domain.Rotations.RotationRole)value;

    public static SpecialtyAlliance.Contracts.Rotations.RotationStatus ToWire(this SpecialtyAlliance.Domain.Rotations.RotationStatus value) => (SpecialtyAlliance.Contracts.Rotations.RotationStatus)value;

    public static SpecialtyAlliance.Domain.Rotations.RotationStatus ToDomain(this SpecialtyAlliance.Contracts.Rotations.RotationStatus value) => (SpecialtyAlliance.Domain.Rotations.RotationStatus)value;

    public static SpecialtyAlliance.Contracts.Rotations.SupportRequestStatus ToWire(this SpecialtyAlliance.Domain.Rotations.SupportRequestStatus value) => (SpecialtyAlliance.Contracts.Rotations.SupportRequestStatus)value;

    public static SpecialtyAlliance.Domain.Rotations.SupportRequestStatus ToDomain(this SpecialtyAlliance.Contracts.Rotations.SupportRequestStatus value) => (SpecialtyAlliance.Domain.Rotations.SupportRequestStatus)value;

    public static SpecialtyAlliance.Contracts.TechnologyGaps.GapScope ToWire(this SpecialtyAlliance.Domain.TechnologyGaps.GapScope value) => (SpecialtyAlliance.Contracts.TechnologyGaps.GapScope)value;

    public static SpecialtyAlliance.Domain.TechnologyGaps.GapScope ToDomain(this SpecialtyAlliance.Contracts.TechnologyGaps.GapScope value) => (SpecialtyAlliance.Domain.TechnologyGaps.GapScope)value;

    public static SpecialtyAlliance.Contracts.TechnologyGaps.GapPriority ToWire(this SpecialtyAlliance.Domain.TechnologyGaps.GapPriority value) => (SpecialtyAlliance.Contracts.TechnologyGaps.GapPriority)value;

    public static SpecialtyAlliance.Domain.TechnologyGaps.GapPriority ToDomain(this SpecialtyAlliance.Contracts.TechnologyGaps.GapPriority value) => (SpecialtyAlliance.Domain.TechnologyGaps.GapPriority)value;

    public static SpecialtyAlliance.Contracts.TechnologyGaps.TechnologyGapStatus ToWire(this SpecialtyAlliance.Domain.TechnologyGaps.TechnologyGapStatus value) => (SpecialtyAlliance.Contracts.TechnologyGaps.TechnologyGapStatus)value;

    public static SpecialtyAlliance.Domain.TechnologyGaps.TechnologyGapStatus ToDomain(this SpecialtyAlliance.Contracts.TechnologyGaps.TechnologyGapStatus value) => (SpecialtyAlliance.Domain.TechnologyGaps.TechnologyGapStatus)value;

    public static SpecialtyAlliance.Contracts.Activities.ActivityKind ToWire(this SpecialtyAlliance.Domain.Activities.ActivityKind value) => (SpecialtyAlliance.Contracts.Activities.ActivityKind)value;

    public static SpecialtyAlliance.Domain.Activities.ActivityKind ToDomain(this SpecialtyAlliance.Contracts.Activities.ActivityKind value) => (SpecialtyAlliance.Domain.Activities.ActivityKind)value;

    public static SpecialtyAlliance.Contracts.Referrals.ReferralStatus ToWire(this SpecialtyAlliance.Domain.Referrals.ReferralStatus value) => (SpecialtyAlliance.Contracts.Referrals.ReferralStatus)value;

    public static SpecialtyAlliance.Domain.Referrals.ReferralStatus ToDomain(this SpecialtyAlliance.Contracts.Referrals.ReferralStatus value) => (SpecialtyAlliance.Domain.Referrals.ReferralStatus)value;

    public static SpecialtyAlliance.Contracts.Availability.AvailabilityKind ToWire(this SpecialtyAlliance.Domain.Availability.AvailabilityKind value) => (SpecialtyAlliance.Contracts.Availability.AvailabilityKind)value;

    public static SpecialtyAlliance.Domain.Availability.AvailabilityKind ToDomain(this SpecialtyAlliance.Contracts.Availability.AvailabilityKind value) => (SpecialtyAlliance.Domain.Availability.AvailabilityKind)value;

    public static SpecialtyAlliance.Contracts.Availability.BookingStatus ToWire(this SpecialtyAlliance.Domain.Availability.BookingStatus value) => (SpecialtyAlliance.Contracts.Availability.BookingStatus)value;

    public static SpecialtyAlliance.Domain.Availability.BookingStatus ToDomain(this SpecialtyAlliance.Contracts.Availability.BookingStatus value) => (SpecialtyAlliance.Domain.Availability.BookingStatus)value;

    public static SpecialtyAlliance.Contracts.Notifications.ReminderStatus ToWire(this SpecialtyAlliance.Domain.Reminders.ReminderStatus value) => (SpecialtyAlliance.Contracts.Notifications.ReminderStatus)value;

    public static SpecialtyAlliance.Domain.Reminders.ReminderStatus ToDomain(this SpecialtyAlliance.Contracts.Notifications.ReminderStatus value) => (SpecialtyAlliance.Domain.Reminders.ReminderStatus)value;

    public static SpecialtyAlliance.Contracts.Consultations.ConsultationStatus ToWire(this SpecialtyAlliance.Domain.Consultations.ConsultationStatus value) => (SpecialtyAlliance.Contracts.Consultations.ConsultationStatus)value;

    public static SpecialtyAlliance.Domain.Consultations.ConsultationStatus ToDomain(this SpecialtyAlliance.Contracts.Consultations.ConsultationStatus value) => (SpecialtyAlliance.Domain.Consultations.ConsultationStatus)value;

    public static SpecialtyAlliance.Contracts.Consultations.Urgency ToWire(this SpecialtyAlliance.Domain.Consultations.Urgency value) => (SpecialtyAlliance.Contracts.Consultations.Urgency)value;

    public static SpecialtyAlliance.Domain.Consultations.Urgency ToDomain(this SpecialtyAlliance.Contracts.Consultations.Urgency value) => (SpecialtyAlliance.Domain.Consultations.Urgency)value;

    public static SpecialtyAlliance.Contracts.Consultations.PatientSex ToWire(this SpecialtyAlliance.Domain.Consultations.PatientSex value) => (SpecialtyAlliance.Contracts.Consultations.PatientSex)value;

    public static SpecialtyAlliance.Domain.Consultations.PatientSex ToDomain(this SpecialtyAlliance.Contracts.Consultations.PatientSex value) => (SpecialtyAlliance.Domain.Consultations.PatientSex)value;

    public static SpecialtyAlliance.Contracts.Consultations.Recommendation ToWire(this SpecialtyAlliance.Domain.Consultations.Recommendation value) => (SpecialtyAlliance.Contracts.Consultations.Recommendation)value;

    public static SpecialtyAlliance.Domain.Consultations.Recommendation ToDomain(this SpecialtyAlliance.Contracts.Consultations.Recommendation value) => (SpecialtyAlliance.Domain.Consultations.Recommendation)value;
}
