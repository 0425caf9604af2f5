using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Staff;
using SpecialtyAlliance.Web.Components.Tests.Kit;
using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Web.Pages.Accounts;
using SpecialtyAlliance.Web.Pages.Admin;

namespace SpecialtyAlliance.Web.Components.Tests.Accounts;

/// <summary>The account forms: what they check before sending, and the API's field errors beside their fields, in words.</summary>
public sealed class AccountFormsTests : WebTestContext
{
    private static readonly Guid DepartmentId = Guid.Parse("0199aaaa-0000-7000-8000-0000000000d1");

    [Fact]
    public void SettingAPassword_AgainstThePolicy_ShowsTheReasonsBesideTheField_InChinese()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("invitation?token=abc.def");
        Api.Problem(HttpMethod.Post, "/api/auth/invitations/accept", 400, "validation", null, new()
        {
            ["password"] =
            [
                "The password must be at least 10 characters long.",
                "The password must not contain your e-mail address or its name part.",
            ],
        });
        var page = Render<SetPassword>();

        page.Find("[data-testid=new-password]").Change("short1");
        page.Find("[data-testid=confirm-password]").Change("short1");
        page.Find("form").Submit();

        page.WaitForAssertion(() => page.Markup.ShouldContain("密码至少需要 10 个字符。"));
        page.Markup.ShouldContain("密码不能包含您的邮箱或邮箱用户名。");
        var sent = Api.Sent(HttpMethod.Post, "/api/auth/invitations/accept").ShouldHaveSingleItem();
        sent.Body!.ShouldContain("\"token\":\"abc.def\"");
        page.FindAll("[data-testid=password-set]").ShouldBeEmpty();
    }

    [Fact]
    public void SettingAPassword_WithTwoDifferentEntries_IsStoppedBeforeAnythingIsSent()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("reset-password?token=abc.def");
        var page = Render<SetPassword>();

        page.Find("[data-testid=new-password]").Change("Correct#Horse42");
        page.Find("[data-testid=confirm-password]").Change("Correct#Horse43");
        page.Find("form").Submit();

        page.WaitForAssertion(() => page.Markup.ShouldContain("两次输入的密码不一致。"));
        Api.Requests.ShouldNotContain(r => r.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task AUsedLink_SaysSo_InBothLanguages()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("invitation?token=abc.def");
        Api.Problem(HttpMethod.Post, "/api/auth/invitations/accept", 400, "invalid_token", "This invitation link is not valid any more.", new()
        {
            ["token"] = ["This invitation link is not valid any more: it was used already, has expired or is incomplete."],
        });
        var page = Render<SetPassword>();
        page.Find("[data-testid=new-password]").Change("Correct#Horse42");
        page.Find("[data-testid=confirm-password]").Change("Correct#Horse42");
        page.Find("form").Submit();

        page.WaitForAssertion(() => page.Find("[data-testid=problem-text]").TextContent.ShouldContain("这个链接已失效"));
        await page.InvokeAsync(() => Localizer.SetLanguageAsync(Language.En));
        page.WaitForAssertion(() => page.Find("[data-testid=problem-text]").TextContent.ShouldContain("This link no longer works"));
    }

    [Fact]
    public async Task AddingAPerson_WithoutNameOrEmail_IsStoppedHere_AndTheApisFieldErrorsShowBesideTheirFields()
    {
        await SignInAsync(Person(StaffRole.Coordinator));
        GivenTheCatalogue();
        Api.Problem(HttpMethod.Post, "/api/staff", 409, "email_taken", "Someone already has the e-mail address a@b.cn.", new()
        {
            ["email"] = ["Someone already has the e-mail address a@b.cn."],
        });
        RenderProviders();
        var page = Render<StaffCreate>();
        page.WaitForElement("[data-testid=person-submit]");

        page.Find("form").Submit();
        page.WaitForAssertion(() => page.Markup.ShouldContain("请输入姓名。"));
        page.Markup.ShouldContain("请输入邮箱。");
        Api.Sent(HttpMethod.Post, "/api/staff").ShouldBeEmpty();

        page.Find("[data-testid=person-name]").Change("李晓明");
        page.Find("[data-testid=person-email]").Change("a@b.cn");
        page.Find("form").Submit();

        page.WaitForAssertion(() => page.Find("[data-testid=problem-text]").TextContent.ShouldContain("这个邮箱已经有人使用"));
        var sent = Api.Sent(HttpMethod.Post, "/api/staff").ShouldHaveSingleItem();
        sent.Body!.ShouldContain($"\"hospitalId\":\"{LangaoHospitalId}\"");
        sent.Body!.ShouldContain("\"role\":\"Clinician\"");
    }

    [Fact]
    public async Task AddingAPerson_ValidationFieldErrors_AreTranslated()
    {
        await SignInAsync(Person(StaffRole.Coordinator));
        GivenTheCatalogue();
        Api.Problem(HttpMethod.Post, "/api/staff", 400, "validation", null, new()
        {
            ["email"] = ["Enter an e-mail address such as name@hospital.cn."],
            ["phone"] = ["The phone number may contain digits, spaces, +, - and brackets only."],
        });
        RenderProviders();
        var page = Render<StaffCreate>();
        page.WaitForElement("[data-testid=person-submit]");
        page.Find("[data-testid=person-name]").Change("李晓明");
        page.Find("[data-testid=person-email]").Change("not-an-email");
        page.Find("form").Submit();

        page.WaitForAssertion(() => page.Markup.ShouldContain("请输入有效的邮箱，例如 name@hospital.cn。"));
        page.Markup.ShouldContain("电话只能包含数字、空格、+、- 和括号。");
    }

    [Fact]
    public async Task AddingAPerson_WithoutAMailServer_ShowsTheLinkToPassOn()
    {
        await SignInAsync(Person(StaffRole.Coordinator));
        GivenTheCatalogue();
        var id = Guid.NewGuid();
        Api.On(HttpMethod.Post, "/api/staff", HttpStatusCode.Created, new
        {
            staff = new
            {
                id, fullName = "李晓明", email = "a@b.cn", role = "Clinician", hospitalId = LangaoHospitalId, hospitalName = "岚皋县人民医院",
                isDepartmentHead = false, isPartyMember = false, specialties = Array.Empty<string>(), status = "Invited", version = 1,
            },
            invitation = new { link = "http://localhost/invitation?token=x.y", expiresAt = DateTimeOffset.UtcNow.AddDays(7), emailed = false },
        });
        RenderProviders();
        var page = Render<StaffCreate>();
        page.WaitForElement("[data-testid=person-submit]");
        page.Find("[data-testid=person-name]").Change("李晓明");
        page.Find("[data-testid=person-email]").Change("a@b.cn");
        page.Find("form").Submit();

        page.WaitForElement("[data-testid=invitation-not-emailed]");
        page.Find("[data-testid=invitation-link]").GetAttribute("value").ShouldBe("http://localhost/invitation?token=x.y");
    }

    [Fact]
    public async Task ChangingThePassword_WithAWrongCurrentOne_SaysSoBesideIt()
    {
        await SignInAsync(Person(StaffRole.Clinician));
        Api.Problem(HttpMethod.Post, "/api/auth/password/change", 400, "validation", null, new()
        {
            ["currentPassword"] = ["The current password is not correct."],
        });
        RenderProviders();
        var page = Render<ChangePassword>();
        page.Find("[data-testid=current-password]").Change("wrong");
        page.Find("[data-testid=new-password]").Change("Correct#Horse42");
        page.Find("[data-testid=confirm-password]").Change("Correct#Horse42");
        page.Find("form").Submit();

        page.WaitForAssertion(() => page.Markup.ShouldContain("当前密码不正确。"));
    }

    private void GivenTheCatalogue()
    {
        Api.Get("/api/specialties", new[] { new SpecialtyResponse("cardiology", "心血管内科", "Cardiology") });
        Api.Get($"/api/hospitals/{LangaoHospitalId}/departments", new[]
        {
            new DepartmentResponse(DepartmentId, LangaoHospitalId, "心血管内科", "cardiology", "心血管内科", "Cardiology", null),
        });
    }
}
