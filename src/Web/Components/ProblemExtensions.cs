using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Web.Services;

namespace SpecialtyAlliance.Web.Components;

/// <summary>Field errors beside their fields: forms bind an input's <c>Error</c> and <c>ErrorText</c> to these.</summary>
public static class ProblemExtensions
{
    public static bool HasError(this ApiProblem? problem, string field) => problem is not null && problem.ErrorsFor(field).Count > 0;

    /// <summary>The field's messages from the API, in the interface language where their wording is known.</summary>
    public static string? ErrorText(this ApiProblem? problem, Texts texts, string field) =>
        problem is null || problem.ErrorsFor(field) is not { Count: > 0 } messages
            ? null
            : string.Join(" ", messages.Select(texts.FieldMessage));
}
