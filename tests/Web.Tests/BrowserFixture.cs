using Microsoft.Playwright;

namespace SpecialtyAlliance.Web.Tests;

/// <summary>
/// One headless Chromium per test run, from the machine's Debian package (Playwright's own browser
/// download cannot work offline). Each test opens its own context: separate cookies, like separate people.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>
    /// Where journeys save their screenshots: <c>SA_SCREENSHOTS_DIR</c> (relative to the repository root,
    /// e.g. <c>docs/screenshots</c> to refresh the README's pictures), else <c>artifacts/screenshots</c>.
    /// </summary>
    public static string ScreenshotDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("SA_SCREENSHOTS_DIR");
            var directory = Path.GetFullPath(Path.Combine(RepositoryRoot(), configured is { Length: > 0 } ? configured : "artifacts/screenshots"));
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpecialtyAlliance.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }

    public async ValueTask InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("SA_CHROMIUM") is { Length: > 0 } path ? path : ChromiumPath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Browser journeys need Chromium at {executable}: the README's test command installs it (apt-get install chromium).");
        }

        // A cold load of the WebAssembly client takes seconds on a busy 2-core machine; wait for the app, not for a fixed 5 s.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A tablet held upright: the width at which the navigation becomes a drawer.</summary>
    public static readonly ViewportSize Tablet = new() { Width = 768, Height = 1024 };

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    /// <summary>A page in a new context (its own cookies and cache), optionally starting from a saved <paramref name="storageState"/>.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, string locale = "zh-CN", ViewportSize? viewport = null, string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = locale,
            ViewportSize = viewport ?? Desktop,
            TimezoneId = "Asia/Shanghai",
            StorageState = storageState,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
