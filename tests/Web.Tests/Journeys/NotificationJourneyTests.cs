using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SpecialtyAlliance.Application.Reminders;
using SpecialtyAlliance.Domain.Reminders;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Web.Tests.Journeys;

/// <summary>A reminder kind for the journey: its notification leads to the pairings list.</summary>
internal sealed class JourneyComposer : IReminderComposer
{
    public const string JourneyKind = "journey-check";

    public string Kind => JourneyKind;

    public Task<ReminderMessage?> ComposeAsync(Reminder reminder, CancellationToken cancellationToken) =>
        Task.FromResult<ReminderMessage?>(new ReminderMessage("请核对结对协议", "岚皋县人民医院的结对协议需要续签。", "/pairings"));
}

/// <summary>The host of the notification journey, knowing the journey's reminder kind.</summary>
public sealed class NotificationsApiFixture(PostgresFixture postgres) : ApiFixture(postgres)
{
    protected override Action<IServiceCollection>? Services => services => services.AddSingleton<IReminderComposer, JourneyComposer>();
}

/// <summary>A notification created while the person looks at the page reaches the bell live; reading it lowers the count.</summary>
public sealed class NotificationJourneyTests(NotificationsApiFixture fixture, BrowserFixture browser) : IClassFixture<NotificationsApiFixture>
{
    [Fact]
    public async Task ReminderDeliveredWhileLooking_AppearsInTheBell_AndMarkingItReadLowersTheCount()
    {
        var page = await browser.NewPageAsync(fixture.Api.Address);
        await page.SignInAsync(Journey.LangaoCoordinator);
        await Assertions.Expect(page.GetByTestId("live-status")).ToHaveAttributeAsync("data-state", "Connected");
        await Assertions.Expect(page.GetByTestId("notification-count")).ToHaveAttributeAsync("data-count", "0");

        // The way features do it: a reminder row due now, delivered by the same command the scheduled job sends.
        var recipient = await fixture.Api.StaffIdAsync(Journey.LangaoCoordinator);
        var reminder = await fixture.Api.Db(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var row = Reminder.Create(JourneyComposer.JourneyKind, "Pairing", Guid.CreateVersion7(), recipient, now, now);
            db.Reminders.Add(row);
            await db.SaveChangesAsync();
            return row;
        });
        await using (var scope = fixture.Api.Services.CreateAsyncScope())
        {
            var delivered = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new DeliverReminder(reminder.Id));
            delivered.Value!.Outcome.ShouldBe(DeliveryOutcome.Delivered);
        }

        await Assertions.Expect(page.GetByTestId("notification-count")).ToHaveAttributeAsync("data-count", "1");
        await Assertions.Expect(page.GetByText("新通知：请核对结对协议")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("home-notification")).ToContainTextAsync("请核对结对协议");

        await page.GetByTestId("notification-bell").ClickAsync();
        var item = page.GetByTestId("notification-item").First;
        await Assertions.Expect(item).ToContainTextAsync("岚皋县人民医院的结对协议需要续签。");
        await Assertions.Expect(item).ToHaveAttributeAsync("data-unread", "true");
        await page.ScreenshotAsync("notifications-coordinator.png");
        var marked = await page.RunAndWaitForResponseAsync(
            () => item.GetByTestId("notification-mark-read").ClickAsync(), response => response.Url.EndsWith("/read", StringComparison.Ordinal));
        marked.Status.ShouldBe(204);

        await Assertions.Expect(item).ToHaveAttributeAsync("data-unread", "false");
        await Assertions.Expect(page.GetByTestId("notification-count")).ToHaveAttributeAsync("data-count", "0");
        (await fixture.Api.Db(db => Task.FromResult(db.Notifications.Single(n => n.ReminderId == reminder.Id).ReadAt))).ShouldNotBeNull();
    }
}
