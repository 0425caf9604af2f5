using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SpecialtyAlliance.Contracts.Auditing;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Corrections;

/// <summary>Updates as a client sends them (PUT with If-Match), and the audit trail read back through the API.</summary>
internal static class CorrectionKit
{
    public static async Task<HttpResponseMessage> PutAsync(this HttpClient client, string path, uint? version, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        if (version is { } v)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v}\""));
        }

        return await client.SendAsync(request);
    }

    /// <summary>The record's history as the caller may read it, newest first.</summary>
    public static async Task<IReadOnlyList<AuditEntryResponse>> HistoryAsync(this HttpClient client, string entity, Guid id)
    {
        var page = await (await client.GetAsync($"/api/audit?entity={entity}&entityId={id}&pageSize=100"))
            .ShouldBe<PagedResponse<AuditEntryResponse>>(HttpStatusCode.OK);
        return page.Items;
    }

    /// <summary>The change of <paramref name="field"/> in the newest Modified entry of the record.</summary>
    public static async Task<AuditChangeResponse> LastChangeAsync(this HttpClient client, string entity, Guid id, string field)
    {
        var history = await client.HistoryAsync(entity, id);
        var modified = history.First(e => e.Action == "Modified" && e.Changes.Any(c => c.Field == field));
        return modified.Changes.Single(c => c.Field == field);
    }

    /// <summary>The 400 of a bad body: an error for each named field, nothing else.</summary>
    public static async Task ShouldBeFieldErrors(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!.Keys.Order().ShouldBe(fields.Order());
    }
}
