namespace SpecialtyAlliance.Application.Common.Security;

/// <summary>
/// The password rule every way of setting one follows (invitation, reset, change, bootstrap): at least
/// <see cref="MinimumLength"/> characters, three of the four kinds (lower case, upper case, digits, other), and not
/// the person's e-mail address or the part before its @. The messages are in words, for the form beside the field.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 10;

    public const int MinimumKinds = 3;

    public static IReadOnlyList<string> Problems(string? password, string? email)
    {
        if (string.IsNullOrEmpty(password))
        {
            return ["Enter a password."];
        }

        var problems = new List<string>();
        if (password.Length < MinimumLength)
        {
            problems.Add($"The password must be at least {MinimumLength} characters long.");
        }

        var kinds = (password.Any(char.IsLower) ? 1 : 0)
            + (password.Any(char.IsUpper) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0)
            + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        if (kinds < MinimumKinds)
        {
            problems.Add("The password must mix at least three of: lower-case letters, upper-case letters, digits and symbols.");
        }

        if (email is { Length: > 0 } && ContainsEmail(password, email.Trim()))
        {
            problems.Add("The password must not contain your e-mail address or its name part.");
        }

        return problems;
    }

    private static bool ContainsEmail(string password, string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var local = at > 0 ? email[..at] : email;
        return password.Contains(email, StringComparison.OrdinalIgnoreCase)
            || (local.Length >= 3 && password.Contains(local, StringComparison.OrdinalIgnoreCase));
    }
}
