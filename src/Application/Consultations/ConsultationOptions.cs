using System.ComponentModel.DataAnnotations;
using SpecialtyAlliance.Domain.Consultations;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>
/// Response targets (section <c>Alliance:Consultations</c>), validated at start: how long a request may wait in the
/// queue, by urgency, before it is overdue. A request keeps the target it was made under.
/// </summary>
public sealed class ConsultationOptions
{
    public const string Section = "Alliance:Consultations";

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Alliance:Consultations:EmergencyResponseTarget must be between 1 minute and 7 days.")]
    public TimeSpan EmergencyResponseTarget { get; set; } = TimeSpan.FromMinutes(30);

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Alliance:Consultations:UrgentResponseTarget must be between 1 minute and 7 days.")]
    public TimeSpan UrgentResponseTarget { get; set; } = TimeSpan.FromHours(4);

    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Alliance:Consultations:RoutineResponseTarget must be between 1 minute and 30 days.")]
    public TimeSpan RoutineResponseTarget { get; set; } = TimeSpan.FromHours(48);

    /// <summary>More urgent requests never get more time than less urgent ones.</summary>
    public bool IsOrdered => EmergencyResponseTarget <= UrgentResponseTarget && UrgentResponseTarget <= RoutineResponseTarget;

    public TimeSpan ResponseTarget(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => EmergencyResponseTarget,
        Urgency.Urgent => UrgentResponseTarget,
        _ => RoutineResponseTarget,
    };
}
