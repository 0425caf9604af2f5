using Bunit;
using SpecialtyAlliance.Contracts.Auditing;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Web.Components.Corrections;
using SpecialtyAlliance.Web.Components.Tests.Kit;
using SpecialtyAlliance.Web.Localization;

namespace SpecialtyAlliance.Web.Components.Tests.Corrections;

/// <summary>A record's history: who, when (Beijing time), each field from → to; nothing for a role that may not read it.</summary>
public sealed class HistoryPanelTests : WebTestContext
{
    private static readonly Guid PairingId = Guid.Parse("0199aaaa-0000-7000-8000-0000000000f1");

    private static string Path => $"/api/audit?entity=AlliancePairing&entityId={PairingId}&pageSize=100";

    [Fact]
    public async Task ShowsWhoChangedWhat_WhenInBeijingTime_FromTo_InChinese_ThenInEnglish()
    {
        // 2026-03-05 06:30 UTC is 14:30 in Beijing.
        var at = new DateTimeOffset(2026, 3, 5, 6, 30, 0, TimeSpan.Zero);
        Api.Get(Path, new PagedResponse<AuditEntryResponse>(
            [
                new AuditEntryResponse(2, at, Guid.NewGuid(), "王立新", "Modified", "AlliancePairing", PairingId.ToString(),
                    [new AuditChangeResponse("goals", "骨科带教", "骨科与创伤带教"), new AuditChangeResponse("statusChangedAt", "x", "y"), new AuditChangeResponse("cityPartyBranchId", null, "b1")]),
                new AuditEntryResponse(1, at.AddDays(-1), null, null, "Added", "AlliancePairing", PairingId.ToString(), [new AuditChangeResponse("goals", null, "骨科带教")]),
            ],
            1,
            100,
            2));

        var panel = Render<HistoryPanel>(p => p.Add(h => h.Entity, "AlliancePairing").Add(h => h.EntityId, PairingId));

        panel.WaitForAssertion(() => panel.FindAll("[data-testid=history-entry]").Count.ShouldBe(2));
        var entries = panel.FindAll("[data-testid=history-entry]");
        entries[0].QuerySelector("[data-testid=history-who-when]")!.TextContent.ShouldBe("2026年3月5日 14:30 · 王立新 · 修改");
        var changes = entries[0].QuerySelectorAll("[data-testid=history-change]");
        changes.Select(c => c.GetAttribute("data-field")).ShouldBe(["goals", "cityPartyBranchId"], "bookkeeping such as statusChangedAt is left out");
        changes[0].TextContent.ShouldContain("结对目标");
        changes[0].QuerySelector("[data-testid=history-from]")!.TextContent.ShouldBe("骨科带教");
        changes[0].QuerySelector("[data-testid=history-to]")!.TextContent.ShouldBe("骨科与创伤带教");
        changes[1].QuerySelector("[data-testid=history-from]")!.TextContent.ShouldBe("（空）");
        entries[1].QuerySelector("[data-testid=history-who-when]")!.TextContent.ShouldBe("2026年3月4日 14:30 · 系统 · 创建");

        await panel.InvokeAsync(() => Localizer.SetLanguageAsync(Language.En));
        panel.WaitForAssertion(() => panel.FindAll("[data-testid=history-who-when]")[0].TextContent.ShouldBe("5 Mar 2026, 14:30 · 王立新 · Changed"));
        panel.FindAll("[data-testid=history-change]")[0].TextContent.ShouldContain("Goals");
    }

    [Fact]
    public void ARoleThatMayNotReadTheTrail_SeesNoPanel()
    {
        Api.Problem(HttpMethod.Get, Path, 403, "forbidden");

        var panel = Render<HistoryPanel>(p => p.Add(h => h.Entity, "AlliancePairing").Add(h => h.EntityId, PairingId));

        panel.WaitForAssertion(() => Api.Sent(HttpMethod.Get, Path).ShouldNotBeEmpty());
        panel.FindAll("[data-testid=history-panel]").ShouldBeEmpty();
    }

    [Fact]
    public void ANewVersion_ReadsTheHistoryAgain()
    {
        Api.Get(Path, new PagedResponse<AuditEntryResponse>([], 1, 100, 0));
        var panel = Render<HistoryPanel>(p => p.Add(h => h.Entity, "AlliancePairing").Add(h => h.EntityId, PairingId).Add(h => h.Version, 1u));
        panel.WaitForAssertion(() => panel.Find("[data-testid=history-empty]").TextContent.ShouldBe("还没有修改记录。"));

        panel.Render(p => p.Add(h => h.Version, 2u));

        panel.WaitForAssertion(() => Api.Sent(HttpMethod.Get, Path).Count().ShouldBe(2));
    }
}
