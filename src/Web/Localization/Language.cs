namespace SpecialtyAlliance.Web.Localization;

/// <summary>The languages of the interface. Chinese is the default; the code is what localStorage and <c>html lang</c> hold.</summary>
public enum Language
{
    Zh,
    En,
}

public static class LanguageCodes
{
    public static string Code(this Language language) => language == Language.En ? "en" : "zh-CN";

    /// <summary>Reads a stored code; anything unknown is the default, Chinese.</summary>
    public static Language Parse(string? code) =>
        code is not null && code.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Zh;
}
