namespace SpecialtyAlliance.Contracts.Rotations;

/// <summary>
/// Corrects a rotation's role and objectives (PUT /api/rotations/{id} with <c>If-Match</c>). Role: ResidentExpert,
/// TemporaryDepartmentHead, NursingMentor, VisitingExpert, InboundAdvancedStudy — the direction cannot change.
/// Its period moves through /reschedule.
/// </summary>
public sealed record UpdateRotationRequest(RotationRole? Role, string Objectives);
