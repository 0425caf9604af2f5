using SpecialtyAlliance.Contracts.Staff;
using Bunit;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Web.Components.Tests.Kit;
using SpecialtyAlliance.Web.Layout;
using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Web.Pages;
using SpecialtyAlliance.Contracts.Notifications;

namespace SpecialtyAlliance.Web.Components.Tests;

/// <summary>Navigation by role, from one list of entries; each role's home offers that role's first tasks.</summary>
public sealed class NavigationTests : WebTestContext
{
    [Theory]
    [InlineData(StaffRole.Administrator, new[] { "home", "consultations", "referrals", "hospitals", "pairings", "support-requests", "rotations", "technology-gaps", "activities", "dashboard", "staff", "import", "jobs" })]
    [InlineData(StaffRole.Coordinator, new[] { "home", "consultations", "referrals", "my-hospital", "hospitals", "pairings", "support-requests", "rotations", "technology-gaps", "activities", "dashboard", "staff", "import" })]
    [InlineData(StaffRole.Specialist, new[] { "home", "queue", "agenda", "consultations", "referrals", "availability", "my-hospital", "hospitals", "pairings", "support-requests", "rotations", "technology-gaps", "activities" })]
    [InlineData(StaffRole.Clinician, new[] { "home", "request-consultation", "consultations", "referrals", "my-hospital", "hospitals", "pairings", "support-requests", "rotations", "technology-gaps", "activities" })]
    public async Task EachRole_SeesItsOwnEntries(StaffRole role, string[] expected)
    {
        await SignInAsync(Person(role));

        var menu = Render<NavMenu>();

        menu.FindAll("[data-testid^=nav-]").Where(e => e.GetAttribute("data-testid") != "nav-menu")
            .Select(e => e.GetAttribute("data-testid")!["nav-".Length..]).ShouldBe(expected);
    }

    [Fact]
    public async Task MyHospital_LeadsToTheSignedInUsersOwnHospital()
    {
        var me = Person(StaffRole.Coordinator);
        await SignInAsync(me);

        var menu = Render<NavMenu>();

        menu.Find("[data-testid=nav-my-hospital]").GetAttribute("href").ShouldBe($"hospitals/{me.HospitalId}");
    }

    [Fact]
    public async Task TheBackgroundJobsDashboard_IsOfferedToAdministratorsOnly()
    {
        await SignInAsync(Person(StaffRole.Administrator));
        Render<NavMenu>().Find("[data-testid=nav-jobs]").GetAttribute("href").ShouldBe("hangfire");

        Navigation.For(StaffRole.Coordinator).ShouldNotContain(e => e.Key == "jobs");
        Navigation.For(StaffRole.Clinician).ShouldNotContain(e => e.Key == "jobs");
    }

    [Fact]
    public async Task Entries_FollowTheLanguage()
    {
        await SignInAsync(Person(StaffRole.Clinician));
        var menu = Render<NavMenu>();
        menu.Find("[data-testid=nav-pairings]").TextContent.ShouldContain("结对关系");

        await menu.InvokeAsync(() => Localizer.SetLanguageAsync(Language.En));

        menu.WaitForAssertion(() => menu.Find("[data-testid=nav-pairings]").TextContent.ShouldContain("Pairings"));
    }

    [Fact]
    public void EveryEntry_HasWordsInBothLanguages_AndADistinctKey()
    {
        foreach (var entry in Navigation.Entries.Concat(Navigation.QuickLinks))
        {
            entry.Title(Texts.Zh).ShouldNotBeNullOrWhiteSpace();
            entry.Title(Texts.En).ShouldNotBeNullOrWhiteSpace();
            entry.Title(Texts.Zh).ShouldNotBe(entry.Title(Texts.En));
        }

        Navigation.Entries.Select(e => e.Key).ShouldBeUnique();
        Navigation.QuickLinks.Select(e => e.Key).ShouldBeUnique();
    }

    [Theory]
    [InlineData(StaffRole.Administrator, "quick-propose-pairing")]
    [InlineData(StaffRole.Coordinator, "quick-manage-hospital")]
    [InlineData(StaffRole.Specialist, "quick-my-pairings")]
    [InlineData(StaffRole.Clinician, "quick-my-pairings")]
    public async Task EachRolesHome_GreetsThePerson_AndOffersItsFirstTasks(StaffRole role, string quickLink)
    {
        var me = Person(role);
        await SignInAsync(me);
        Api.Get("/api/notifications?pageSize=20", new Contracts.Common.PagedResponse<Contracts.Notifications.NotificationResponse>([], 1, 20, 0));
        Api.Get("/api/reminders", new Contracts.Common.PagedResponse<Contracts.Notifications.ReminderResponse>(
            [new(Guid.NewGuid(), "consultation-follow-up", "Consultation", Guid.NewGuid(), new DateTimeOffset(2026, 3, 6, 1, 0, 0, TimeSpan.Zero), ReminderStatus.Pending)], 1, 5, 1));

        var home = Render<Home>();

        home.WaitForAssertion(() => home.FindAll("[data-testid=home-reminder]").Count.ShouldBe(1));
        home.Find("[data-testid=home]").GetAttribute("data-role").ShouldBe(role.ToString());
        home.Find("[data-testid=greeting]").TextContent.ShouldContain(me.Name);
        home.Find("[data-testid=home-hospital]").TextContent.ShouldBe(me.HospitalName);
        home.Find("[data-testid=home-reminder]").TextContent.ShouldContain("会诊随访");
        home.Find("[data-testid=home-reminder]").TextContent.ShouldContain("2026年3月6日 09:00");
        home.Find($"[data-testid={quickLink}]").ShouldNotBeNull();
        home.FindAll("[data-testid^=quick-]").Select(e => e.GetAttribute("data-testid")![6..])
            .ShouldBe(Navigation.QuickLinksFor(role).Select(l => l.Key));
    }
}
