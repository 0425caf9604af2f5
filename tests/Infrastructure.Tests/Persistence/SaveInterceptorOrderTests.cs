using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Application;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Infrastructure.Identity;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Infrastructure.Persistence.Interceptors;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Infrastructure.Tests.Persistence;

/// <summary>The SaveChanges interceptors act in the order <see cref="SaveInterceptors"/> writes down, and that order shows in what a save writes.</summary>
public sealed class SaveInterceptorOrderTests(PostgresFixture postgres) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Alliance:Jobs:RunServer"] = "false" })
            .Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddApplication()
            .AddInfrastructure(connectionString, configuration)
            .AddSingleton<ICurrentUser, SystemUser>()
            .BuildServiceProvider();
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task TheContext_RunsItsInterceptors_InTheWrittenDownOrder()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var options = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!;

        options.Interceptors!.Select(i => i.GetType()).ShouldBe(SaveInterceptors.InOrder);
    }

    [Fact]
    public async Task AConsultationsAuditEntry_RecordsTheChangeNumber_BecauseNumberingRunsBeforeTheAudit()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var specialist = await db.Staff.SingleAsync(s => s.Email == "cardiology@ankang.demo");
        await using var transaction = await db.Database.BeginTransactionAsync();
        var consultation = await db.Consultations
            .Where(c => c.Status == ConsultationStatus.Requested && c.RoutedDepartmentIds.Contains(specialist.DepartmentId!.Value))
            .OrderBy(c => c.Id).FirstAsync();
        consultation.Claim(specialist.Id, specialist.DepartmentId, DateTimeOffset.UtcNow).IsSuccess.ShouldBeTrue();
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        var id = consultation.Id.ToString();
        var entry = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Consultation) && a.EntityId == id && a.Action == "Modified")
            .OrderByDescending(a => a.Id).FirstAsync();
        using var changes = JsonDocument.Parse(entry.Changes);
        changes.RootElement.GetProperty("lastSequence").GetProperty("to").GetInt64().ShouldBe(consultation.LastSequence);
        consultation.LastSequence.ShouldBeGreaterThan(0);
    }
}
