using MudBlazor;
using SpecialtyAlliance.Contracts.Consultations;

namespace SpecialtyAlliance.Web.Consultations;

/// <summary>
/// How the consultation page presents the moves the server allows (ADR 0041): in which order, which are the main step
/// forward, which colour, which open a form and which fields that form owns. It decides nothing about who may move:
/// the buttons are exactly <see cref="ConsultationResponse.AllowedActions"/>.
/// </summary>
public static class ConsultationMoves
{
    /// <summary>The next step forward first, then asking and answering, then the ways out.</summary>
    private static readonly ConsultationAction[] Order =
    [
        ConsultationAction.Claim, ConsultationAction.Schedule, ConsultationAction.Reschedule, ConsultationAction.Start,
        ConsultationAction.Complete, ConsultationAction.ProvideInfo, ConsultationAction.CloseOut, ConsultationAction.Refer,
        ConsultationAction.RequestInfo, ConsultationAction.Release, ConsultationAction.Reject, ConsultationAction.Cancel,
    ];

    public static IEnumerable<ConsultationAction> Ordered(IEnumerable<ConsultationAction> allowed) =>
        allowed.OrderBy(a => Array.IndexOf(Order, a) is var i and >= 0 ? i : int.MaxValue);

    public static bool IsPrimary(ConsultationAction action) => action is ConsultationAction.Claim or ConsultationAction.Schedule
        or ConsultationAction.Start or ConsultationAction.Complete or ConsultationAction.ProvideInfo or ConsultationAction.CloseOut
        or ConsultationAction.Refer;

    public static Color Colour(ConsultationAction action) => action switch
    {
        ConsultationAction.Reject or ConsultationAction.Cancel => Color.Error,
        ConsultationAction.Release or ConsultationAction.RequestInfo or ConsultationAction.Reschedule => Color.Default,
        _ => Color.Primary,
    };

    /// <summary>Moves made at once, with no form to fill in.</summary>
    public static bool IsImmediate(ConsultationAction action) => action is ConsultationAction.Claim or ConsultationAction.Start;

    /// <summary>Moves whose form is the slot picker (it shows its own problems).</summary>
    public static bool PicksASlot(ConsultationAction? action) => action is ConsultationAction.Schedule or ConsultationAction.Reschedule;

    /// <summary>The fields of the move's form, so a problem about them shows beside them rather than above.</summary>
    public static IReadOnlyCollection<string> Fields(ConsultationAction? action) => action switch
    {
        ConsultationAction.RequestInfo => ["question"],
        ConsultationAction.ProvideInfo => ["answer"],
        ConsultationAction.Reject or ConsultationAction.Cancel => ["reason"],
        ConsultationAction.Complete => ["opinion", "recommendation", "followUpDays"],
        ConsultationAction.CloseOut => ["satisfaction", "referralAvoided"],
        ConsultationAction.Refer => ["notes"],
        _ => [],
    };
}
