using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>
/// How long the first visit of the day takes — a new browser context, empty cache — for the two pages people open
/// first: the sign-in page and a specialist's live queue. Three cold loads each; the median, the three times and what
/// went over the wire are printed (ADR 0042). The journeys serve the Release-published client, as users get it.
/// </summary>
public sealed class ColdLoadJourneyTests(ApiFixture fixture, BrowserFixture browser) : IClassFixture<ApiFixture>
{
    private const int Runs = 3;

    [Fact]
    public async Task TheSignInPage_OnAColdLoad_IsUsable_AndMeasured()
    {
        var loads = new List<Load>();
        for (var run = 1; run <= Runs; run++)
        {
            // Usable: the e-mail and password fields take typing and the button signs in (the client is running).
            var page = await browser.NewPageAsync(fixture.Api.Address);
            var traffic = Traffic.Watch(page);
            var started = Stopwatch.StartNew();
            await page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
            await Assertions.Expect(page.GetByTestId("signin-submit")).ToBeEnabledAsync();
            loads.Add(new Load(started.ElapsedMilliseconds, await traffic.SettledAsync(page)));
            await page.GetByTestId("email").FillAsync(Journey.Admin);
            await page.GetByTestId("password").FillAsync("Demo#2026");
            await page.GetByTestId("signin-submit").ClickAsync();
            await Assertions.Expect(page.GetByTestId("home")).ToHaveAttributeAsync("data-role", "Administrator");
            await page.Context.CloseAsync();
        }

        Report("Sign-in page usable after a cold load (e-mail, password and the sign-in button ready)", loads);
    }

    [Fact]
    public async Task TheQueue_OnAColdLoad_IsUsable_AndMeasured()
    {
        var first = await browser.NewPageAsync(fixture.Api.Address);
        await first.SignInAsync(Journey.CardiologySpecialist);
        var cookies = await first.Context.StorageStateAsync();
        await first.Context.CloseAsync();

        var loads = new List<Load>();
        for (var run = 1; run <= Runs; run++)
        {
            // A new browser context with the session cookie but an empty cache: the specialist opens the queue first thing.
            var page = await browser.NewPageAsync(fixture.Api.Address, storageState: cookies);
            var traffic = Traffic.Watch(page);
            var started = Stopwatch.StartNew();
            await page.GotoAsync("/queue", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
            var claim = page.GetByTestId("queue-item").First.GetByTestId("queue-claim");
            await Assertions.Expect(claim).ToBeVisibleAsync();
            await Assertions.Expect(claim).ToBeEnabledAsync();
            loads.Add(new Load(started.ElapsedMilliseconds, await traffic.SettledAsync(page)));
            await Assertions.Expect(page.GetByTestId("queue-patient").First).ToBeVisibleAsync();
            await page.Context.CloseAsync();
        }

        Report("Queue page usable after a cold load (first item visible, its claim button enabled)", loads);
    }

    private static void Report(string what, List<Load> loads)
    {
        loads.Count.ShouldBe(Runs);
        var times = loads.Select(l => l.Milliseconds).ToList();
        var median = times.Order().ElementAt(Runs / 2);
        var wire = loads[^1].Wire;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{what}: median {median} ms ({string.Join(" ms, ", times)} ms); {wire.Requests} requests, {wire.Bytes / 1_000_000.0:0.00} MB over the wire"
            + $" (load average {LoadAverage()})");
        Console.WriteLine(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        wire.Requests.ShouldBeGreaterThan(0);
    }

    /// <summary>The machine's one-minute load average: a 2-core machine shared with builds measures slower.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private sealed record Load(long Milliseconds, Wire Wire);

    private sealed record Wire(int Requests, long Bytes);

    /// <summary>Counts the page's requests and the bytes their responses took on the wire (compressed, as sent).</summary>
    private sealed class Traffic
    {
        private readonly List<Task<long>> _sizes = [];

        public static Traffic Watch(IPage page)
        {
            var traffic = new Traffic();
            page.RequestFinished += (_, request) =>
            {
                lock (traffic._sizes)
                {
                    traffic._sizes.Add(Size(request));
                }
            };
            return traffic;
        }

        /// <summary>What went over the wire up to now, once the requests under way have finished.</summary>
        public async Task<Wire> SettledAsync(IPage page)
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Task<long>[] sizes;
            lock (_sizes)
            {
                sizes = [.. _sizes];
            }

            var bytes = await Task.WhenAll(sizes);
            return new Wire(sizes.Length, bytes.Sum());
        }

        private static async Task<long> Size(IRequest request)
        {
            var sizes = await request.SizesAsync();
            return sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        }
    }
}
