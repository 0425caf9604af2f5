using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Referrals;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;
using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Infrastructure.Tests.Persistence;

/// <summary>The demo teleconsultations: every state, consistent histories and sequences, future bookings, referrals in each state.</summary>
public sealed partial class ConsultationDemoDataTests(PostgresFixture postgres) : IAsyncLifetime
{
    private AllianceDbContext _db = null!;

    public async ValueTask InitializeAsync()
    {
        var options = new DbContextOptionsBuilder<AllianceDbContext>();
        options.UseAllianceDatabase(await postgres.CreateDatabaseAsync());
        _db = new AllianceDbContext(options.Options);
    }

    public async ValueTask DisposeAsync() => await _db.DisposeAsync();

    [GeneratedRegex("^[A-Z]{2}-2026-[0-9]{4}$")]
    private static partial Regex PseudonymousReference();

    [Fact]
    public async Task DemoConsultations_AreInEveryState_AcrossSeveralHospitalsAndSpecialties_WithPseudonymousPatients()
    {
        var consultations = await _db.Consultations.AsNoTracking().ToListAsync();

        consultations.Select(c => c.Status).Distinct().ShouldBe(Enum.GetValues<ConsultationStatus>(), ignoreOrder: true);
        consultations.Select(c => c.RequestingHospitalId).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);
        consultations.Select(c => c.Specialty).Distinct().ShouldBe(["cardiology", "neurology", "stroke", "ultrasound", "critical-care"], ignoreOrder: true);
        consultations.ShouldAllBe(c => PseudonymousReference().IsMatch(c.PatientReference));
        consultations.Count(c => c.IsOverdue(DateTimeOffset.UtcNow)).ShouldBeGreaterThanOrEqualTo(2, "a couple of requests already missed their response target");
    }

    [Fact]
    public async Task EveryDemoHistory_IsAChainOfMoves_EndingInTheConsultationsStatus_WithItsSequences()
    {
        var consultations = await _db.Consultations.AsNoTracking().ToDictionaryAsync(c => c.Id);
        var history = await _db.ConsultationHistory.AsNoTracking().OrderBy(h => h.Sequence).ToListAsync();

        foreach (var (id, rows) in history.GroupBy(h => h.ConsultationId).Select(g => (g.Key, g.ToList())))
        {
            var c = consultations[id];
            rows[0].Action.ShouldBe(ConsultationAction.Request);
            rows[0].From.ShouldBeNull();
            rows.Zip(rows.Skip(1)).ShouldAllBe(pair => pair.Second.From == pair.First.To && pair.Second.At >= pair.First.At);
            rows[^1].To.ShouldBe(c.Status);
            rows.Select(r => r.Sequence).Distinct().Count().ShouldBe(rows.Count, "each demo move was its own change");
            c.LastSequence.ShouldBe(rows[^1].Sequence);
        }

        history.Select(h => h.ConsultationId).Distinct().Count().ShouldBe(consultations.Count);
    }

    [Fact]
    public async Task DemoSpecialists_PublishWeekdayAvailability_AndScheduledConsultationsHoldFutureBookingsInsideIt()
    {
        var now = DateTimeOffset.UtcNow;
        var scheduled = await _db.Consultations.AsNoTracking().Where(c => c.Status == ConsultationStatus.Scheduled).ToListAsync();
        scheduled.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var c in scheduled)
        {
            var booking = await _db.Bookings.AsNoTracking().SingleAsync(b => b.ConsultationId == c.Id && b.Status == BookingStatus.Active);
            booking.StartsAt.ShouldBeGreaterThan(now);
            (booking.StartsAt, booking.EndsAt).ShouldBe((c.ScheduledStart!.Value, c.ScheduledEnd!.Value));
            var windows = await _db.Availability.AsNoTracking().Where(w => w.SpecialistId == booking.SpecialistId).ToListAsync();
            windows.Count(w => w.Kind == AvailabilityKind.Weekly).ShouldBe(10);
            AvailabilityRules.Covers(windows, booking.StartsAt, booking.EndsAt, AllianceCalendar.Zone).ShouldBeTrue();
        }

        var cancelled = await _db.Consultations.AsNoTracking().Where(c => c.Status == ConsultationStatus.Cancelled).Select(c => c.Id).ToListAsync();
        (await _db.Bookings.AnyAsync(b => cancelled.Contains(b.ConsultationId) && b.Status == BookingStatus.Active)).ShouldBeFalse("a cancellation frees its slot");
    }

    [Fact]
    public async Task DemoReferrals_AreInEveryState_FromReferUpConsultations()
    {
        var referrals = await _db.Referrals.AsNoTracking().ToListAsync();

        referrals.Select(r => r.Status).Distinct().ShouldBe(Enum.GetValues<ReferralStatus>(), ignoreOrder: true);
        var sources = referrals.Select(r => r.ConsultationId).ToList();
        (await _db.Consultations.CountAsync(c => sources.Contains(c.Id) && c.Recommendation == Recommendation.ReferUp)).ShouldBe(sources.Distinct().Count());
    }
}
