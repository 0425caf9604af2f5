using SpecialtyAlliance.Contracts.Consultations;

namespace SpecialtyAlliance.Web.Consultations;

/// <summary>What a live message means for a page of a consultation list.</summary>
public enum ListChange
{
    /// <summary>About a row on the page, but not newer than what the row shows (late or repeated): nothing to do.</summary>
    Stale,

    /// <summary>A row on the page changed: it is updated in place (status, urgency, who holds it).</summary>
    Updated,

    /// <summary>About a consultation not on the page: it may belong there now (a new request) — read the page again.</summary>
    NotOnPage,
}

/// <summary>
/// A page of consultations kept live: a row is updated by a message newer than its own <c>lastSequence</c> (never by an
/// older or repeated one), and a message about a consultation not on the page asks for the page to be read again.
/// </summary>
public static class LiveList
{
    public static (IReadOnlyList<ConsultationSummaryResponse> Items, ListChange Change) Apply(
        IReadOnlyList<ConsultationSummaryResponse> items, ConsultationChanged change)
    {
        var index = items.ToList().FindIndex(i => i.Id == change.ConsultationId);
        if (index < 0)
        {
            return (items, ListChange.NotOnPage);
        }

        var row = items[index];
        if (change.Sequence <= row.LastSequence)
        {
            return (items, ListChange.Stale);
        }

        var updated = row with
        {
            Status = change.Status,
            Urgency = change.Urgency,
            Overdue = change.Overdue,
            ClaimedById = change.ClaimedBy,
            ClaimedByName = change.ClaimedBy == row.ClaimedById ? row.ClaimedByName : null,
            ResponseDueAt = change.ResponseDueAt,
            LastSequence = change.Sequence,
        };
        var list = items.ToList();
        list[index] = updated;
        return (list, ListChange.Updated);
    }
}
