using FluentValidation;

namespace SpecialtyAlliance.Application.Common;

/// <summary>
/// A required value of the wire's vocabulary (ADR 0040): present and one of the enum's names, with one message in words
/// for both (a name the JSON reader does not know never gets this far: it is a 400 on the field before validation).
/// </summary>
public static class EnumRules
{
    public static IRuleBuilderOptions<T, TEnum?> OneOf<T, TEnum>(this IRuleBuilder<T, TEnum?> rule, string label)
        where TEnum : struct, Enum
    {
        var message = $"{label} must be one of: {string.Join(", ", Enum.GetNames<TEnum>())}.";
        return rule.NotNull().WithMessage(message).IsInEnum().WithMessage(message);
    }
}
