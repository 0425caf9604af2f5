using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Application.Reports;
using SpecialtyAlliance.Contracts.Reports;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Infrastructure;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Benchmarks;

/// <summary>
/// How long the KPI report's and the scorecard's statements take over a year of consultations (≥ 200,000 with their
/// history), measured three ways in the same run on the same data: as shipped (with the report indexes), the same
/// statements with the report indexes dropped, and the naive way — loading the consultations with their history into
/// memory and computing the figures there (which also checks that both ways give the same figures).
/// </summary>
internal static class ReportSpeed
{
    /// <summary>The indexes added for the reports (see the Reports migration); dropped for the "without" column.</summary>
    public static readonly string[] ReportIndexes =
    [
        "ix_consultations_requested_at",
        "ix_consultation_history_claims",
        "ix_referrals_requested_at",
    ];

    private const int Runs = 5;

    public static async Task<IReadOnlyList<string>> RunAsync(PostgresServer server, string template, int count, bool explain)
    {
        var output = new List<string>();
        var connectionString = await server.CloneAsync(template);
        var fill = Stopwatch.StartNew();
        await FillAsync(connectionString, count);
        output.Add($"Filled in {fill.Elapsed.TotalSeconds:0.0} s: {await SizesAsync(connectionString)}; load average {LoadAverage()}");
        if (Environment.GetEnvironmentVariable("SA_BENCH_HOLD") is { Length: > 0 } hold)
        {
            File.WriteAllText(hold, connectionString);
            while (File.Exists(hold))
            {
                await Task.Delay(1000);
            }
        }

        var capture = new LastCommand();
        var builder = new DbContextOptionsBuilder<AllianceDbContext>();
        builder.UseAllianceDatabase(connectionString).AddInterceptors(capture);
        var options = builder.Options;
        var today = TimeProvider.System.Today();
        var year = new ReportPeriod(today.AddDays(-364), today);
        var month = new ReportPeriod(today.AddDays(-29), today);
        var now = DateTimeOffset.UtcNow;

        await using var lookup = new AllianceDbContext(options);
        var county = await lookup.Consultations.GroupBy(c => c.RequestingHospitalId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var city = await lookup.Hospitals.Where(h => h.Tier == Domain.Alliances.HospitalTier.CityCenter).Select(h => h.Id).FirstAsync();
        var pairing = await lookup.Pairings.Where(p => p.CountyHospitalId == county && p.Status == Domain.Alliances.PairingStatus.Active).FirstAsync();
        var pairingFilter = KpiFilter.For(new PairingFilter(pairing.CityHospitalId, pairing.CityDepartmentId, pairing.CityPartyBranchId, pairing.CountyHospitalId, pairing.Specialties));
        var all = KpiFilter.Hospital(null);

        var cases = new (string Name, Func<AllianceDbContext, Task<object>> Run, Func<AllianceDbContext, Task<object>>? InMemory)[]
        {
            ("consultations · alliance · 12 months", async db => await db.ConsultationsAsync(year, KpiInterval.Week, all, now, default),
                async db => await InMemoryAsync(db, year, KpiInterval.Week, null, now)),
            ("consultations · alliance · 30 days", async db => await db.ConsultationsAsync(month, KpiInterval.Day, all, now, default),
                async db => await InMemoryAsync(db, month, KpiInterval.Day, null, now)),
            ("consultations · a county · 12 months", async db => await db.ConsultationsAsync(year, KpiInterval.Week, KpiFilter.Hospital(county), now, default),
                async db => await InMemoryAsync(db, year, KpiInterval.Week, county, now)),
            ("consultations · the city hospital · 12 months", async db => await db.ConsultationsAsync(year, KpiInterval.Week, KpiFilter.Hospital(city, isCityCenter: true), now, default), null),
            ("consultations · a pairing · 12 months", async db => await db.ConsultationsAsync(year, KpiInterval.Week, pairingFilter, now, default), null),
            ("referrals · alliance · 12 months", async db => await db.ReferralsAsync(year, all, default), null),
            ("referrals · a county · 12 months", async db => await db.ReferralsAsync(year, KpiFilter.Hospital(county), default), null),
            ("referrals · a pairing · 12 months", async db => await db.ReferralsAsync(year, pairingFilter, default), null),
        };

        await using var api = new AllianceApi(connectionString);
        api.StartServer();
        using var admin = await api.ClientFor("admin@ankang.demo");
        var range = $"from={year.From:yyyy-MM-dd}&to={year.To:yyyy-MM-dd}";
        var requests = new (string Name, string Url)[]
        {
            ("GET /api/reports/kpis · alliance · 12 months", $"/api/reports/kpis?{range}"),
            ("GET /api/reports/kpis · a county · 12 months", $"/api/reports/kpis?{range}&hospitalId={county}"),
            ("GET /api/pairings/{id}/scorecard · 12 months", $"/api/pairings/{pairing.Id}/scorecard?{range}"),
        };

        async Task<Dictionary<string, double>> MeasureAsync(string label)
        {
            var times = new Dictionary<string, double>();
            foreach (var (name, run, _) in cases)
            {
                times[name] = await TimeAsync(async () =>
                {
                    await using var db = new AllianceDbContext(options);
                    await run(db);
                });
                if (explain)
                {
                    output.Add($"--- {name} ({label}) ---");
                    output.AddRange(await ExplainAsync(connectionString, capture));
                }
            }

            foreach (var (name, url) in requests)
            {
                times[name] = await TimeAsync(async () => (await admin.GetAsync(url)).EnsureSuccessStatusCode());
            }

            return times;
        }

        var tuned = await MeasureAsync("with the report indexes");

        // The naive baseline, and a check that the SQL's figures are the loaded rows' figures.
        var inMemory = new Dictionary<string, double>();
        var agree = new List<string>();
        foreach (var (name, run, memory) in cases.Where(c => c.InMemory is not null))
        {
            inMemory[name] = await TimeAsync(async () =>
            {
                await using var db = new AllianceDbContext(options);
                await memory!(db);
            }, runs: 2);
            await using var check = new AllianceDbContext(options);
            var same = JsonSerializer.Serialize(await run(check)) == JsonSerializer.Serialize(await memory!(check));
            agree.Add($"{name}: {(same ? "same figures" : "FIGURES DIFFER")}");
        }

        await ExecuteAsync(connectionString, string.Join(' ', ReportIndexes.Select(i => $"DROP INDEX IF EXISTS {i};")));
        foreach (var vacuum in ReportSpeedData.Vacuum)
        {
            await ExecuteAsync(connectionString, vacuum);
        }

        var without = await MeasureAsync("without the report indexes");

        output.Add(string.Empty);
        output.Add($"{"median of " + Runs + " runs, ms",-48} {"tuned",9} {"no report indexes",18} {"rows into memory",17}");
        foreach (var name in cases.Select(c => c.Name).Concat(requests.Select(r => r.Name)))
        {
            var memory = inMemory.TryGetValue(name, out var m) ? m.ToString("0", CultureInfo.InvariantCulture) : "—";
            output.Add($"{name,-48} {tuned[name],9:0.0} {without[name],18:0.0} {memory,17}");
        }

        output.Add(string.Empty);
        output.Add("SQL against rows loaded into memory: " + string.Join("; ", agree));
        output.Add($"Load average (1, 5, 15 min) at the end: {LoadAverage()} — other work on the machine inflates every column alike.");
        return output;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task FillAsync(string connectionString, int count)
    {
        await ExecuteAsync(connectionString, ReportSpeedData.Routes + string.Format(CultureInfo.InvariantCulture, ReportSpeedData.Draws, count)
            + ReportSpeedData.Consultations + ReportSpeedData.History + ReportSpeedData.Referrals + ReportSpeedData.Analyze);
        foreach (var vacuum in ReportSpeedData.Vacuum)
        {
            await ExecuteAsync(connectionString, vacuum);
        }
    }

    private static async Task<string> SizesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM consultations), (SELECT count(*) FROM consultation_history), (SELECT count(*) FROM referrals)", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{reader.GetInt64(0):N0} consultations, {reader.GetInt64(1):N0} history rows, {reader.GetInt64(2):N0} referrals";
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One warm-up, then the median of <paramref name="runs"/> timed runs, in milliseconds.</summary>
    private static async Task<double> TimeAsync(Func<Task> work, int runs = Runs)
    {
        await work();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>EXPLAIN ANALYZE of the last statement the context sent, with its parameters.</summary>
    private static async Task<List<string>> ExplainAsync(string connectionString, LastCommand last)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + last.Text, connection);
        foreach (var parameter in last.Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(0));
        }

        return plan;
    }

    /// <summary>
    /// The naive way: load the period's consultations with their history, compute the consultation section in memory by
    /// the same definitions (ADR 0023).
    /// </summary>
    private static async Task<ConsultationKpis> InMemoryAsync(AllianceDbContext db, ReportPeriod period, string interval, Guid? county, DateTimeOffset now)
    {
        var (start, end) = KpiSections.Instants(period);
        var query = db.Consultations.AsNoTracking().Include(c => c.History).Where(c => c.RequestedAt >= start && c.RequestedAt < end);
        if (county is { } h)
        {
            query = query.Where(c => c.RequestingHospitalId == h);
        }

        var rows = (await query.ToListAsync()).Select(c => new
        {
            c.Status,
            c.Specialty,
            c.Urgency,
            c.RequestedAt,
            c.ResponseDueAt,
            c.StatusChangedAt,
            c.Satisfaction,
            c.ReferralAvoided,
            FirstClaim = c.History.Where(t => t.Action == ConsultationAction.Claim).Select(t => (DateTimeOffset?)t.At).Min(),
            Step = KpiSections.StepStart(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.RequestedAt, AllianceTime.Zone).DateTime), interval),
        }).ToList();

        TimeToClaimKpi Claims<T>(IEnumerable<T> group, Func<T, DateTimeOffset> requested, Func<T, DateTimeOffset?> first, Func<T, DateTimeOffset> due)
        {
            var claimed = group.Where(r => first(r) is not null).ToList();
            var minutes = claimed.Select(r => (first(r)!.Value - requested(r)).TotalSeconds).Order().ToList();
            decimal? Percentile(double p)
            {
                if (minutes.Count == 0)
                {
                    return null;
                }

                var position = p * (minutes.Count - 1);
                var low = (int)Math.Floor(position);
                var value = low + 1 < minutes.Count ? minutes[low] + ((position - low) * (minutes[low + 1] - minutes[low])) : minutes[low];
                return Math.Round((decimal)(value / 60), 1, MidpointRounding.AwayFromZero);
            }

            return new TimeToClaimKpi(claimed.Count, Percentile(0.5), Percentile(0.9), KpiSections.Rate(claimed.Count(r => first(r) <= due(r)), claimed.Count));
        }

        var closed = rows.Where(r => r.Status == ConsultationStatus.Closed).ToList();
        var awaiting = rows.Count(r => r.FirstClaim is null && r.Status == ConsultationStatus.Requested && r.ResponseDueAt > now);
        var withdrawn = rows.Count(r => r.FirstClaim is null && r.Status == ConsultationStatus.Cancelled && r.StatusChangedAt < r.ResponseDueAt);
        var steps = new List<ConsultationStepKpi>();
        for (var step = KpiSections.StepStart(period.From, interval); step <= period.To; step = KpiSections.NextStep(step, interval))
        {
            var inStep = rows.Where(r => r.Step == step).ToList();
            steps.Add(new ConsultationStepKpi(step, inStep.Count, inStep.Count(r => r.FirstClaim is not null),
                inStep.Count(r => r.Status is ConsultationStatus.Completed or ConsultationStatus.Closed)));
        }

        return new ConsultationKpis
        {
            Requested = rows.Count,
            ByStatus = [.. Enum.GetValues<ConsultationStatus>().Select(s => new KpiCount(s.ToString(), Labels.Zh(s), rows.Count(r => r.Status == s)))],
            BySpecialty = [.. rows.GroupBy(r => r.Specialty).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new KpiCount(g.Key, Labels.SpecialtyZh(g.Key), g.Count()))],
            ByUrgency = [.. new[] { Urgency.Emergency, Urgency.Urgent, Urgency.Routine }.Select(u =>
            {
                var of = rows.Where(r => r.Urgency == u).ToList();
                return new UrgencyKpi(u.ToString(), Labels.Zh(u), of.Count, Claims(of, r => r.RequestedAt, r => r.FirstClaim, r => r.ResponseDueAt));
            })],
            TimeToClaim = Claims(rows, r => r.RequestedAt, r => r.FirstClaim, r => r.ResponseDueAt),
            AwaitingResponse = awaiting,
            WithdrawnBeforeTarget = withdrawn,
            ResponseRate = KpiSections.Rate(rows.Count(r => r.FirstClaim <= r.ResponseDueAt), rows.Count - awaiting - withdrawn),
            ResolutionRate = KpiSections.Rate(rows.Count(r => r.Status is ConsultationStatus.Completed or ConsultationStatus.Closed), rows.Count(r => r.FirstClaim is not null)),
            Satisfaction = new SatisfactionKpi(
                closed.Count,
                closed.Count == 0 ? null : Math.Round((decimal)closed.Sum(r => r.Satisfaction!.Value) / closed.Count, 2, MidpointRounding.AwayFromZero),
                KpiSections.Rate(closed.Count(r => r.Satisfaction >= 4), closed.Count)),
            ReferralAvoided = KpiSections.Rate(closed.Count(r => r.ReferralAvoided == true), closed.Count),
            Interval = interval,
            OverTime = steps,
        };
    }

    /// <summary>Remembers the last statement a context sent (its text and parameters), to EXPLAIN it.</summary>
    private sealed class LastCommand : DbCommandInterceptor
    {
        public string Text { get; private set; } = string.Empty;

        public List<NpgsqlParameter> Parameters { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Text = command.CommandText;
            Parameters.Clear();
            Parameters.AddRange(command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
