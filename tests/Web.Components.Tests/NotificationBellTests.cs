using SpecialtyAlliance.Contracts.Staff;
using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Notifications;
using SpecialtyAlliance.Web.Components.Tests.Kit;
using SpecialtyAlliance.Web.Layout;
using SpecialtyAlliance.Web.Services;

namespace SpecialtyAlliance.Web.Components.Tests;

/// <summary>The bell's unread count and list: read from the API, raised live, merged without duplicates, lowered by reading.</summary>
public sealed class NotificationBellTests : WebTestContext
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 5, 1, 0, 0, TimeSpan.Zero);

    private static readonly NotificationResponse OlderUnread =
        new(Guid.CreateVersion7(), "consultation-follow-up", "随访提醒", "请随访患者 P-102。", "/consultations/1", Morning, null);

    private static readonly NotificationResponse Read =
        new(Guid.CreateVersion7(), "rotation-ending", "帮扶即将结束", "李医生的帮扶将于两周后结束。", null, Morning.AddHours(2), Morning.AddHours(3));

    private static readonly NotificationReceived Pushed =
        new(Guid.CreateVersion7(), "consultation-overdue", "会诊超时", "急会诊已超过 30 分钟未接诊。", "/consultations/2", Morning.AddHours(4));

    [Fact]
    public async Task AtSignIn_TheCountComesFromTheApi()
    {
        await SignInAsync(Person(StaffRole.Clinician), unread: 3);

        var bell = Render<NotificationBell>();

        bell.Find("[data-testid=notification-count]").GetAttribute("data-count").ShouldBe("3");
        bell.Find("[data-testid=notification-bell]").GetAttribute("aria-label").ShouldBe("通知，3 条未读");
    }

    [Fact]
    public async Task ANotificationPushedLive_RaisesTheCountOnce_AndIsAnnounced()
    {
        await SignInAsync(Person(StaffRole.Clinician), unread: 1);
        RenderProviders();
        var bell = Render<NotificationBell>();
        var snackbars = Render<MudBlazor.MudSnackbarProvider>();

        await bell.InvokeAsync(() => Hub.EmitAsync(NotificationInbox.ReceivedMethod, Pushed));
        await bell.InvokeAsync(() => Hub.EmitAsync(NotificationInbox.ReceivedMethod, Pushed));

        bell.WaitForAssertion(() => bell.Find("[data-testid=notification-count]").GetAttribute("data-count").ShouldBe("2"));
        snackbars.WaitForAssertion(() => snackbars.Markup.ShouldContain("新通知：会诊超时"));
    }

    [Fact]
    public async Task TheList_PutsUnreadFirst_AndMergesLiveArrivalsWithTheApisList_WithoutDuplicates()
    {
        await SignInAsync(Person(StaffRole.Clinician), unread: 1);
        Api.Get("/api/notifications?pageSize=20", Page(OlderUnread, Read));
        var panel = Render<NotificationPanel>(p => p.Add(x => x.Open, true));
        panel.WaitForAssertion(() => Ids(panel).ShouldBe([OlderUnread.Id, Read.Id]));

        await panel.InvokeAsync(() => Hub.EmitAsync(NotificationInbox.ReceivedMethod, Pushed));
        panel.WaitForAssertion(() => Ids(panel).ShouldBe([Pushed.Id, OlderUnread.Id, Read.Id]));

        // The API now lists the live one too; reading the list again shows it once.
        var liveAsListed = new NotificationResponse(Pushed.Id, Pushed.Kind, Pushed.Title, Pushed.Body, Pushed.Link, Pushed.CreatedAt, null);
        Api.Get("/api/notifications?pageSize=20", Page(liveAsListed, OlderUnread, Read));
        Api.Get("/api/notifications/unread-count", new UnreadCountResponse(2));
        await panel.InvokeAsync(() => Services.GetRequiredService<NotificationInbox>().LoadAsync());

        panel.WaitForAssertion(() => Ids(panel).ShouldBe([Pushed.Id, OlderUnread.Id, Read.Id]));
        Services.GetRequiredService<NotificationInbox>().UnreadCount.ShouldBe(2);
        panel.FindAll("[data-unread=true]").Count.ShouldBe(2);
    }

    [Fact]
    public async Task MarkingOneRead_TellsTheApi_LowersTheCount_AndMovesItBelowTheUnread()
    {
        await SignInAsync(Person(StaffRole.Clinician), unread: 1);
        Api.Get("/api/notifications?pageSize=20", Page(OlderUnread, Read));
        Api.On(HttpMethod.Post, $"/api/notifications/{OlderUnread.Id}/read", HttpStatusCode.NoContent);
        var bell = Render<NotificationBell>();
        var panel = Render<NotificationPanel>(p => p.Add(x => x.Open, true));

        panel.WaitForElement($"[data-id='{OlderUnread.Id}'] [data-testid=notification-mark-read]").Click();

        panel.WaitForAssertion(() => panel.Find($"[data-id='{OlderUnread.Id}']").GetAttribute("data-unread").ShouldBe("false"));
        bell.Find("[data-testid=notification-count]").GetAttribute("data-count").ShouldBe("0");
        Api.Sent(HttpMethod.Post, $"/api/notifications/{OlderUnread.Id}/read").ShouldHaveSingleItem();
        Ids(panel).ShouldBe([Read.Id, OlderUnread.Id]);
    }

    [Fact]
    public async Task WhenTheApiRefusesToMarkItRead_TheListIsReadAgain_AndTheProblemShown()
    {
        await SignInAsync(Person(StaffRole.Clinician), unread: 1);
        Api.Get("/api/notifications?pageSize=20", Page(OlderUnread));
        Api.Problem(HttpMethod.Post, $"/api/notifications/{OlderUnread.Id}/read", 404, "not_found", "The notification was not found.");
        var panel = Render<NotificationPanel>(p => p.Add(x => x.Open, true));

        panel.WaitForElement("[data-testid=notification-mark-read]").Click();

        panel.WaitForAssertion(() => panel.Find("[data-testid=problem]").GetAttribute("data-code").ShouldBe("not_found"));
        panel.Find($"[data-id='{OlderUnread.Id}']").GetAttribute("data-unread").ShouldBe("true");
        Services.GetRequiredService<NotificationInbox>().UnreadCount.ShouldBe(1);
    }

    [Fact]
    public async Task MarkAllRead_MarksEachUnreadOne()
    {
        await SignInAsync(Person(StaffRole.Clinician), unread: 2);
        var second = OlderUnread with { Id = Guid.CreateVersion7(), CreatedAt = Morning.AddMinutes(5) };
        Api.Get("/api/notifications?pageSize=20", Page(second, OlderUnread, Read));
        Api.On(HttpMethod.Post, $"/api/notifications/{OlderUnread.Id}/read", HttpStatusCode.NoContent);
        Api.On(HttpMethod.Post, $"/api/notifications/{second.Id}/read", HttpStatusCode.NoContent);
        var panel = Render<NotificationPanel>(p => p.Add(x => x.Open, true));

        Api.Get("/api/notifications/unread-count", new UnreadCountResponse(0));
        panel.WaitForElement("[data-testid=mark-all-read]").Click();

        panel.WaitForAssertion(() => panel.FindAll("[data-unread=true]").ShouldBeEmpty());
        Api.Requests.Count(r => r.Method == HttpMethod.Post && r.PathAndQuery.EndsWith("/read", StringComparison.Ordinal)).ShouldBe(2);
        Services.GetRequiredService<NotificationInbox>().UnreadCount.ShouldBe(0);
    }

    [Fact]
    public async Task AfterAReconnect_TheCountIsReadAgain()
    {
        await SignInAsync(Person(StaffRole.Clinician), unread: 1);
        var bell = Render<NotificationBell>();
        Api.Get("/api/notifications/unread-count", new UnreadCountResponse(4));

        await bell.InvokeAsync(Hub.ReconnectAsync);

        bell.WaitForAssertion(() => bell.Find("[data-testid=notification-count]").GetAttribute("data-count").ShouldBe("4"));
    }

    [Fact]
    public async Task SigningOut_StopsTheLiveConnection_AndEmptiesTheInbox()
    {
        await SignInAsync(Person(StaffRole.Clinician), unread: 5);
        Hub.Starts.ShouldBe(1);
        Hub.SubscriberCount(NotificationInbox.ReceivedMethod).ShouldBe(1);
        Api.On(HttpMethod.Post, "/api/auth/logout", HttpStatusCode.NoContent);

        await Services.GetRequiredService<Session>().SignOutAsync();

        Hub.Stops.ShouldBe(1);
        Hub.SubscriberCount(NotificationInbox.ReceivedMethod).ShouldBe(0);
        Services.GetRequiredService<NotificationInbox>().UnreadCount.ShouldBe(0);
    }

    [Fact]
    public async Task ASessionThatExpired_IsNoticedByTheNext401_AndEndsTheLiveConnection()
    {
        await SignInAsync(Person(StaffRole.Clinician));
        var session = Services.GetRequiredService<Session>();
        var expired = 0;
        session.SessionExpired += () => expired++;
        Api.Problem(HttpMethod.Get, "/api/hospitals", 401, "unauthorized");

        await Services.GetRequiredService<ApiClient>().GetAsync<object>("api/hospitals");

        expired.ShouldBe(1);
        session.IsSignedIn.ShouldBeFalse();
        session.Expired.ShouldBeTrue();
        Hub.Stops.ShouldBe(1);
    }

    [Fact]
    public async Task A401FromWhoAmI_IsNotAnExpiredSession()
    {
        var session = Services.GetRequiredService<Session>();
        var expired = 0;
        session.SessionExpired += () => expired++;
        Api.Problem(HttpMethod.Get, "/api/me", 401, "unauthorized");

        await session.RefreshAsync();

        expired.ShouldBe(0);
        session.IsSignedIn.ShouldBeFalse();
        Hub.Starts.ShouldBe(0);
    }

    private static PagedResponse<NotificationResponse> Page(params NotificationResponse[] items) => new(items, 1, 20, items.Length);

    private static List<Guid> Ids(IRenderedComponent<NotificationPanel> panel) =>
        [.. panel.FindAll("[data-testid=notification-item]").Select(li => Guid.Parse(li.GetAttribute("data-id")!))];
}
