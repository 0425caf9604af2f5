namespace SpecialtyAlliance.Domain.Consultations;

/// <summary>Where a consultation stands in its lifecycle (see <see cref="Consultation"/>).</summary>
public enum ConsultationStatus
{
    /// <summary>In the queue of the routed departments, waiting for a specialist to claim it.</summary>
    Requested,

    /// <summary>A specialist took it; nobody else can.</summary>
    Claimed,

    /// <summary>The claiming specialist asked the requester for more information.</summary>
    InfoRequested,

    /// <summary>A time slot is booked with the specialist.</summary>
    Scheduled,

    InProgress,

    /// <summary>The opinion and recommendation are written.</summary>
    Completed,

    /// <summary>The requester filled in the close-out survey. Final.</summary>
    Closed,

    /// <summary>A routed specialist refused it (outside the department's scope), with a reason. Final.</summary>
    Rejected,

    /// <summary>The requesting side withdrew it. Final.</summary>
    Cancelled,
}

/// <summary>How soon a consultation needs a response; it sets the response target.</summary>
public enum Urgency
{
    Routine,
    Urgent,
    Emergency,
}

public enum PatientSex
{
    Female,
    Male,
    Unknown,
}

/// <summary>What the specialist recommends when completing a consultation.</summary>
public enum Recommendation
{
    /// <summary>The county hospital keeps treating the patient.</summary>
    ManageLocally,

    /// <summary>Refer the patient up to the city hospital (green channel).</summary>
    ReferUp,

    /// <summary>Manage locally and follow the patient up in N days (a reminder to the requester).</summary>
    FollowUp,
}

/// <summary>Every action that moves a consultation; each one is a row of its history.</summary>
public enum ConsultationAction
{
    Request,
    Claim,
    Release,
    RequestInfo,
    ProvideInfo,
    Schedule,
    Reschedule,
    Start,
    Complete,
    CloseOut,
    Reject,
    Cancel,
}
