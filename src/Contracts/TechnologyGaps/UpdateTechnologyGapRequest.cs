namespace SpecialtyAlliance.Contracts.TechnologyGaps;

/// <summary>
/// Corrects a gap's declaration (PUT /api/technology-gaps/{id} with <c>If-Match</c>). Scope: Hospital, County, City.
/// Priority: High, Medium, Low.
/// </summary>
public sealed record UpdateTechnologyGapRequest(
    string Technique, string? Description, GapScope? Scope, GapPriority? Priority, DateOnly? TargetDate);
