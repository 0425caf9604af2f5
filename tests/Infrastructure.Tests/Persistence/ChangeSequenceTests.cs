using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SpecialtyAlliance.Application;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Infrastructure.Identity;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Infrastructure.Tests.Persistence;

/// <summary>
/// The change sequence of consultations: a number is taken under a lock held until the commit, so a later number can
/// neither be taken nor seen before every earlier one is committed or abandoned (what makes a queue's asOf exact).
/// </summary>
public sealed class ChangeSequenceTests(PostgresFixture postgres) : IAsyncLifetime
{
    private ServiceProvider _services = null!;
    private string _connectionString = null!;

    public async ValueTask InitializeAsync()
    {
        _connectionString = await postgres.CreateDatabaseAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Alliance:Jobs:RunServer"] = "false" })
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddApplication()
            .AddInfrastructure(_connectionString, configuration)
            .AddSingleton<ICurrentUser, SystemUser>()
            .BuildServiceProvider();
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private async Task<long> CommittedMaxAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT max(last_sequence) FROM consultations", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<(Consultation Consultation, StaffMember Specialist)> WaitingCardiologyRequestAsync(AllianceDbContext db, int skip)
    {
        var specialist = await db.Staff.SingleAsync(s => s.Email == "cardiology@ankang.demo");
        var consultation = await db.Consultations
            .Where(c => c.Status == ConsultationStatus.Requested && c.RoutedDepartmentIds.Contains(specialist.DepartmentId!.Value))
            .OrderBy(c => c.Id).Skip(skip).FirstAsync();
        return (consultation, specialist);
    }

    [Fact]
    public async Task ANumberTaken_HoldsTheNextOneBack_UntilItsTransactionCommits()
    {
        await using var first = _services.CreateAsyncScope();
        await using var second = _services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var before = await CommittedMaxAsync();

        await using var tx1 = await db1.Database.BeginTransactionAsync();
        var (c1, specialist) = await WaitingCardiologyRequestAsync(db1, 0);
        c1.Claim(specialist.Id, specialist.DepartmentId, DateTimeOffset.UtcNow).IsSuccess.ShouldBeTrue();
        await db1.SaveChangesAsync();
        c1.LastSequence.ShouldBeGreaterThan(before);
        c1.History[^1].Sequence.ShouldBe(c1.LastSequence, "the history row carries its change's number");

        await using var tx2 = await db2.Database.BeginTransactionAsync();
        var (c2, _) = await WaitingCardiologyRequestAsync(db2, 1);
        c2.Claim(specialist.Id, specialist.DepartmentId, DateTimeOffset.UtcNow).IsSuccess.ShouldBeTrue();
        var secondSave = db2.SaveChangesAsync();

        await Task.Delay(TimeSpan.FromMilliseconds(600));
        secondSave.IsCompleted.ShouldBeFalse("the second change waits for the first one's commit before taking a number");
        (await CommittedMaxAsync()).ShouldBe(before, "an uncommitted number is not visible");

        await tx1.CommitAsync();
        await secondSave.WaitAsync(TimeSpan.FromSeconds(10));
        (await CommittedMaxAsync()).ShouldBe(c1.LastSequence);
        c2.LastSequence.ShouldBe(c1.LastSequence + 1);
        await tx2.CommitAsync();
        (await CommittedMaxAsync()).ShouldBe(c2.LastSequence);
    }

    [Fact]
    public async Task AnAbandonedNumber_IsNeverSeen_AndTheNextChangeTakesAHigherOne()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        await using (var abandoned = await db.Database.BeginTransactionAsync())
        {
            var (c, specialist) = await WaitingCardiologyRequestAsync(db, 0);
            c.Claim(specialist.Id, specialist.DepartmentId, DateTimeOffset.UtcNow).IsSuccess.ShouldBeTrue();
            await db.SaveChangesAsync();
            await abandoned.RollbackAsync();
        }

        var lost = db.ChangeTracker.Entries<Consultation>().Single(e => e.State == EntityState.Unchanged && e.Entity.Status == ConsultationStatus.Claimed).Entity.LastSequence;
        db.ChangeTracker.Clear();
        (await CommittedMaxAsync()).ShouldBeLessThan(lost);

        await using var next = await db.Database.BeginTransactionAsync();
        var (again, who) = await WaitingCardiologyRequestAsync(db, 0);
        again.Claim(who.Id, who.DepartmentId, DateTimeOffset.UtcNow).IsSuccess.ShouldBeTrue();
        await db.SaveChangesAsync();
        await next.CommitAsync();
        again.LastSequence.ShouldBeGreaterThan(lost);
    }

    [Fact]
    public async Task AConsultationSavedOutsideATransaction_IsRefused()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var (c, specialist) = await WaitingCardiologyRequestAsync(db, 0);
        c.Claim(specialist.Id, specialist.DepartmentId, DateTimeOffset.UtcNow).IsSuccess.ShouldBeTrue();

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        refused.Message.ShouldContain("inside a transaction");
    }
}
