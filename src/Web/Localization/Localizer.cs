using System.Globalization;
using Microsoft.JSInterop;

namespace SpecialtyAlliance.Web.Localization;

/// <summary>
/// The interface language: Chinese by default, switchable at any moment without a reload (pages and half-filled
/// forms stay as they are, they only re-render), and remembered in localStorage across reloads.
/// Components derive from <see cref="LocalizedComponent"/> to re-render on a switch.
/// </summary>
public sealed class Localizer(IJSRuntime js)
{
    /// <summary>The localStorage key holding the chosen language code.</summary>
    public const string StorageKey = "alliance.language";

    public Language Language { get; private set; } = Language.Zh;

    public Texts Texts => Texts.For(Language);

    public event Action? Changed;

    /// <summary>Reads the remembered language (before the first render, so the page never flashes the other one).</summary>
    public async Task InitializeAsync()
    {
        string? stored = null;
        try
        {
            stored = await js.InvokeAsync<string?>("localStorage.getItem", StorageKey);
        }
        catch (JSException)
        {
            // Storage refused (private mode, policy): stay with the default.
        }

        Apply(LanguageCodes.Parse(stored));
        await SetDocumentLanguageAsync();
    }

    public async Task SetLanguageAsync(Language language)
    {
        if (language == Language)
        {
            return;
        }

        Apply(language);
        try
        {
            await js.InvokeVoidAsync("localStorage.setItem", StorageKey, language.Code());
        }
        catch (JSException)
        {
            // Not remembered across reloads, but switched for now.
        }

        await SetDocumentLanguageAsync();
        Changed?.Invoke();
    }

    public Task ToggleAsync() => SetLanguageAsync(Language == Language.Zh ? Language.En : Language.Zh);

    private void Apply(Language language)
    {
        Language = language;
        var culture = Texts.Culture;
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    private async Task SetDocumentLanguageAsync()
    {
        try
        {
            await js.InvokeVoidAsync("alliance.setDocumentLanguage", Language.Code());
        }
        catch (JSException)
        {
            // The attribute only helps screen readers and font choice; nothing breaks without it.
        }
    }
}
