using System.Net;
using System.Net.Http.Json;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Notifications;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Reminders;

public sealed class NotificationsApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    private async Task<Notification> NotifyAsync(string email, string title, DateTimeOffset at)
    {
        var recipient = await Api.StaffIdAsync(email);
        var notification = Notification.Create(recipient, "test-echo", title, "body", null, null, at);
        await Api.Db(db =>
        {
            db.Notifications.Add(notification);
            return db.SaveChangesAsync();
        });
        return notification;
    }

    [Fact]
    public async Task MyNotifications_ListUnreadFirst_NewestFirst_AndOnlyMine()
    {
        var now = DateTimeOffset.UtcNow;
        var old = await NotifyAsync(Demo.ShiquanClinician, "older", now.AddHours(-2));
        var newer = await NotifyAsync(Demo.ShiquanClinician, "newer", now.AddHours(-1));
        var read = await NotifyAsync(Demo.ShiquanClinician, "read already", now);
        var someoneElses = await NotifyAsync(Demo.ZiyangClinician, "not yours", now);
        using var client = await Api.ClientFor(Demo.ShiquanClinician);
        await (await client.PostAsync($"/api/notifications/{read.Id}/read", null)).ShouldHaveStatus(HttpStatusCode.NoContent);

        var list = await (await client.GetAsync("/api/notifications")).ShouldBe<PagedResponse<NotificationResponse>>(HttpStatusCode.OK);

        list.Items.Select(n => n.Id).ShouldBe([newer.Id, old.Id, read.Id]);
        list.Items.ShouldNotContain(n => n.Id == someoneElses.Id);
        list.Items.Last().ReadAt.ShouldNotBeNull();
        (await client.GetFromJsonAsync<UnreadCountResponse>("/api/notifications/unread-count"))!.Unread.ShouldBe(2);
        var unread = await client.GetFromJsonAsync<PagedResponse<NotificationResponse>>("/api/notifications?unreadOnly=true");
        unread!.Items.Select(n => n.Id).ShouldBe([newer.Id, old.Id]);
    }

    [Fact]
    public async Task SomeoneElsesNotification_CannotBeMarkedRead_AndStaysUnread()
    {
        var theirs = await NotifyAsync(Demo.ZiyangClinician, "private", DateTimeOffset.UtcNow);
        using var intruder = await Api.ClientFor(Demo.Admin);

        await (await intruder.PostAsync($"/api/notifications/{theirs.Id}/read", null)).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");

        using var owner = await Api.ClientFor(Demo.ZiyangClinician);
        var list = await owner.GetFromJsonAsync<PagedResponse<NotificationResponse>>("/api/notifications");
        list!.Items.Single(n => n.Id == theirs.Id).ReadAt.ShouldBeNull();
    }

    [Fact]
    public async Task MyReminders_ListMyPendingOnes_Only()
    {
        var mine = await Api.AddReminderAsync(await Api.StaffIdAsync(Demo.LangaoCoordinator), DateTimeOffset.UtcNow.AddDays(1));
        var theirs = await Api.AddReminderAsync(await Api.StaffIdAsync(Demo.CityCoordinator), DateTimeOffset.UtcNow.AddDays(1));
        using var client = await Api.ClientFor(Demo.LangaoCoordinator);

        var reminders = await (await client.GetAsync("/api/reminders")).ShouldBe<PagedResponse<ReminderResponse>>(HttpStatusCode.OK);

        reminders.Items.ShouldContain(r => r.Id == mine.Id && r.Status == Contracts.Notifications.ReminderStatus.Pending);
        reminders.Items.ShouldNotContain(r => r.Id == theirs.Id);
    }

    [Fact]
    public async Task Anonymous_CannotListNotifications()
    {
        using var anonymous = Api.Anonymous();
        (await anonymous.GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/reminders")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(Demo.Admin, HttpStatusCode.OK)]
    [InlineData(Demo.CityCoordinator, HttpStatusCode.Forbidden)]
    [InlineData(Demo.CardiologySpecialist, HttpStatusCode.Forbidden)]
    [InlineData(Demo.ShiquanClinician, HttpStatusCode.Forbidden)]
    public async Task JobsDashboard_IsForAdministratorsOnly(string email, HttpStatusCode expected)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = Api.Address };
        await (await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new LoginRequest(email, "Demo#2026"))).ShouldHaveStatus(HttpStatusCode.OK);

        var dashboard = await browser.GetAsync("/hangfire");

        dashboard.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.OK)
        {
            (await dashboard.Content.ReadAsStringAsync()).ShouldContain("SpecialtyAlliance jobs");
        }
    }

    [Fact]
    public async Task JobsDashboard_RefusesAnonymousVisitors()
    {
        using var anonymous = Api.Anonymous();
        (await anonymous.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
