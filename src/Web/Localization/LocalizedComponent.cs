using Microsoft.AspNetCore.Components;

namespace SpecialtyAlliance.Web.Localization;

/// <summary>
/// The base of every component that shows text: <see cref="T"/> is the current language's catalogue, and a
/// language switch re-renders the component in place (its fields — a form being filled — are untouched).
/// </summary>
public abstract class LocalizedComponent : ComponentBase, IDisposable
{
    [Inject]
    protected Localizer Localizer { get; set; } = default!;

    protected Texts T => Localizer.Texts;

    protected override void OnInitialized()
    {
        Localizer.Changed += OnLanguageChanged;
        base.OnInitialized();
    }

    private void OnLanguageChanged() => _ = InvokeAsync(StateHasChanged);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Localizer.Changed -= OnLanguageChanged;
        }
    }
}
