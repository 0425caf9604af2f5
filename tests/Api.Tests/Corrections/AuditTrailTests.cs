using System.Net;
using System.Net.Http.Json;
using Npgsql;
using SpecialtyAlliance.Api.Tests.Reports;
using SpecialtyAlliance.Application.Auditing;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Auditing;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Infrastructure.Persistence.Interceptors;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Corrections;

/// <summary>
/// The readable, append-only audit trail (ADR 0038): administrators read everything, coordinators their own hospital's
/// records only, others nothing (403); filters; the CSV says what the JSON says; the database refuses UPDATE and DELETE.
/// </summary>
public sealed class AuditTrailTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    /// <summary>A Langao department renamed by Langao's coordinator: an entry about Langao's record.</summary>
    private async Task<(DepartmentResponse Department, Guid CoordinatorId)> RenameLangaoDepartmentAsync(HttpClient langao, string name)
    {
        var hospitalId = await Api.HospitalId(Demo.Langao);
        var department = await (await langao.PostAsJsonAsync($"/api/hospitals/{hospitalId}/departments", new DepartmentRequest($"审计科{Guid.NewGuid():N}"[..12], "ultrasound")))
            .ShouldBe<DepartmentResponse>(HttpStatusCode.Created);
        var renamed = await (await langao.PutAsync($"/api/departments/{department.Id}", department.Version, new UpdateDepartmentRequest(name, "ultrasound")))
            .ShouldBe<DepartmentResponse>(HttpStatusCode.OK);
        var me = await langao.GetFromJsonAsync<Contracts.Auth.MeResponse>("/api/me");
        return (renamed, me!.Id);
    }

    [Fact]
    public async Task AnEntry_NamesTheActor_TheAction_AndEachChangedField_FromTo()
    {
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        var (department, coordinatorId) = await RenameLangaoDepartmentAsync(langao, "皮肤科门诊");

        var history = await langao.HistoryAsync("Department", department.Id);
        history.Select(e => e.Action).ShouldBe(["Modified", "Added"]);
        var modified = history[0];
        modified.ActorId.ShouldBe(coordinatorId);
        modified.ActorName.ShouldNotBeNullOrWhiteSpace();
        modified.Entity.ShouldBe("Department");
        modified.EntityId.ShouldBe(department.Id.ToString());
        modified.Changes.ShouldHaveSingleItem().Field.ShouldBe("name");
        modified.Changes[0].To.ShouldBe("皮肤科门诊");
        modified.At.ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        history[1].Changes.ShouldContain(c => c.Field == "specialtyCode" && c.From == null && c.To == "ultrasound");
    }

    [Fact]
    public async Task Coordinators_ReadOnlyTheirHospitalsEntries_OthersGet403()
    {
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        using var ziyang = await Api.ClientFor(Demo.ZiyangCoordinator);
        using var admin = await Api.ClientFor(Demo.Admin);
        var (department, _) = await RenameLangaoDepartmentAsync(langao, "皮肤科一病区");

        (await admin.HistoryAsync("Department", department.Id)).Count.ShouldBe(2);
        (await ziyang.HistoryAsync("Department", department.Id)).ShouldBeEmpty("another hospital's record matches nothing");

        // Everything a coordinator reads is about their own hospital's records.
        var langaoId = await Api.HospitalId(Demo.Langao);
        var page = await ziyang.GetFromJsonAsync<PagedResponse<AuditEntryResponse>>("/api/audit?pageSize=200");
        page!.Items.ShouldNotContain(e => e.EntityId == department.Id.ToString() || e.EntityId == langaoId.ToString());
        var all = await Api.Db(db => Task.FromResult(db.AuditEntries.Where(e => !e.HospitalIds.Contains(langaoId)).Select(e => e.Id).ToList()));
        var langaoPage = await langao.GetFromJsonAsync<PagedResponse<AuditEntryResponse>>("/api/audit?pageSize=200");
        langaoPage!.Items.ShouldNotContain(e => all.Contains(e.Id));
        langaoPage.Total.ShouldBeLessThan((await admin.GetFromJsonAsync<PagedResponse<AuditEntryResponse>>("/api/audit"))!.Total);

        foreach (var email in new[] { Demo.LangaoClinician, Demo.CardiologySpecialist })
        {
            using var client = await Api.ClientFor(email);
            await (await client.GetAsync("/api/audit")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
            await (await client.GetAsync("/api/audit.csv")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        }

        (await Api.Anonymous().GetAsync("/api/audit")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Filters_ByActor_AndByDay_AndBadFilters_Are400WithFieldErrors()
    {
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        using var admin = await Api.ClientFor(Demo.Admin);
        var (department, coordinatorId) = await RenameLangaoDepartmentAsync(langao, "皮肤科二病区");

        var byActor = await admin.GetFromJsonAsync<PagedResponse<AuditEntryResponse>>($"/api/audit?actorId={coordinatorId}&pageSize=200");
        byActor!.Items.ShouldAllBe(e => e.ActorId == coordinatorId);
        byActor.Items.ShouldContain(e => e.EntityId == department.Id.ToString());

        var today = WorkKit.Today.ToString("yyyy-MM-dd");
        var tomorrow = WorkKit.Today.AddDays(1).ToString("yyyy-MM-dd");
        (await admin.GetFromJsonAsync<PagedResponse<AuditEntryResponse>>($"/api/audit?entity=Department&entityId={department.Id}&from={today}&to={today}"))!
            .Total.ShouldBe(2);
        (await admin.GetFromJsonAsync<PagedResponse<AuditEntryResponse>>($"/api/audit?entity=Department&entityId={department.Id}&from={tomorrow}"))!
            .Total.ShouldBe(0);

        var problem = await (await admin.GetAsync($"/api/audit?entity=Spaceship&from={tomorrow}&to={today}&page=0"))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!.Keys.Order().ShouldBe(["entity", "page", "to"]);
        (await (await admin.GetAsync("/api/audit.csv?from=1900-01-01")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation"))
            .Errors!.Keys.ShouldBe(["from"]);
    }

    [Fact]
    public async Task TheCsv_HoldsWhatTheJsonHolds_OneRecordPerChangedField()
    {
        using var langao = await Api.ClientFor(Demo.LangaoCoordinator);
        var (department, _) = await RenameLangaoDepartmentAsync(langao, "皮肤科, \"美容\"门诊");
        var entries = await langao.HistoryAsync("Department", department.Id);

        var response = await langao.GetAsync($"/api/audit.csv?entity=Department&entityId={department.Id}");
        var rows = await CsvFile.ReadAsync(response);
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"')
            .ShouldBe($"audit_Department_start_to_{WorkKit.Today:yyyy-MM-dd}.csv");
        rows[0].ShouldBe(AuditCsv.Header);

        var expected = entries.SelectMany(e => e.Changes.Select(c => new[]
        {
            AuditTrail.BeijingTime(e.At), e.ActorName ?? string.Empty, e.ActorId?.ToString() ?? string.Empty, e.Action, e.Entity, e.EntityId,
            c.Field, c.From ?? string.Empty, c.To ?? string.Empty, e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })).ToList();
        rows.Skip(1).ToList().ShouldBe(expected);
        rows.ShouldContain(r => r[8] == "皮肤科, \"美容\"门诊");
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET action = 'Forged' WHERE id = (SELECT max(id) FROM audit_entries)")]
    [InlineData("DELETE FROM audit_entries WHERE id = (SELECT max(id) FROM audit_entries)")]
    [InlineData("DELETE FROM audit_entries")]
    public async Task TheDatabase_RefusesToChangeOrDeleteAnEntry(string sql)
    {
        var before = await Api.Db(db => Task.FromResult(db.AuditEntries.Count()));
        await using var connection = new NpgsqlConnection(Api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var refused = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        refused.MessageText.ShouldContain("append-only");
        (await Api.Db(db => Task.FromResult(db.AuditEntries.Count()))).ShouldBe(before);
    }

    [Fact]
    public void EveryEntityOfTheDomain_IsTiedToItsHospitals_OrDeclaredAdministratorsOnly()
    {
        var entities = typeof(Entity).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(Entity)));
        entities.Except(AuditScope.KnownTypes).ShouldBeEmpty("a new entity must say whose hospital's history it is (AuditScope)");
        AuditTrail.KnownEntities.ShouldContain("AlliancePairing");
    }
}
