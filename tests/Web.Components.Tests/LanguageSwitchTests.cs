using SpecialtyAlliance.Contracts.Staff;
using Bunit;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Web.Components.Tests.Kit;
using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Web.Pages;

namespace SpecialtyAlliance.Web.Components.Tests;

/// <summary>Chinese by default; the switch re-renders everything in place and remembers the choice in localStorage.</summary>
public sealed class LanguageSwitchTests : WebTestContext
{
    [Fact]
    public void ByDefault_TheInterfaceIsChinese()
    {
        var page = Render<LanguageHost>();

        page.Find("h1").TextContent.ShouldBe("页面不存在");
        page.Find("[data-testid=language-switch]").TextContent.ShouldContain("EN");
    }

    [Fact]
    public void Switch_ReRendersInEnglish_AndRemembersIt()
    {
        var page = Render<LanguageHost>();

        page.Find("[data-testid=language-switch]").Click();

        page.WaitForAssertion(() => page.Find("h1").TextContent.ShouldBe("Page not found"));
        page.Find("[data-testid=language-switch]").TextContent.ShouldContain("中文");
        var stored = JSInterop.Invocations["localStorage.setItem"].ShouldHaveSingleItem();
        stored.Arguments.ShouldBe([Localizer.StorageKey, "en"]);
        JSInterop.Invocations["alliance.setDocumentLanguage"].Last().Arguments.ShouldBe(["en"]);
    }

    [Fact]
    public void SwitchingBack_StoresChineseAgain()
    {
        var page = Render<LanguageHost>();

        page.Find("[data-testid=language-switch]").Click();
        page.Find("[data-testid=language-switch]").Click();

        page.WaitForAssertion(() => page.Find("h1").TextContent.ShouldBe("页面不存在"));
        JSInterop.Invocations["localStorage.setItem"].Select(i => i.Arguments[1]).ShouldBe(["en", "zh-CN"]);
    }

    [Fact]
    public async Task Initialize_TakesTheRememberedLanguage()
    {
        JSInterop.Setup<string?>("localStorage.getItem", Localizer.StorageKey).SetResult("en");

        await Localizer.InitializeAsync();
        var page = Render<LanguageHost>();

        Localizer.Language.ShouldBe(Language.En);
        page.Find("h1").TextContent.ShouldBe("Page not found");
    }

    [Fact]
    public async Task Initialize_WithNothingRemembered_StaysChinese()
    {
        JSInterop.Setup<string?>("localStorage.getItem", Localizer.StorageKey).SetResult(null);

        await Localizer.InitializeAsync();

        Localizer.Language.ShouldBe(Language.Zh);
    }

    [Fact]
    public async Task Switch_InTheMiddleOfAForm_KeepsWhatWasTyped()
    {
        await SignInAsync(Person(StaffRole.Administrator));
        RenderProviders();
        var form = Render<HospitalForm>();
        form.Find("[data-testid=hospital-name-zh]").Change("汉滨区第一医院");
        form.Find("label").TextContent.ShouldContain("中文名称");

        await form.InvokeAsync(() => Localizer.SetLanguageAsync(Language.En));

        form.WaitForAssertion(() => form.Find("h1").TextContent.ShouldBe("Add hospital"));
        form.Find("label").TextContent.ShouldContain("Name in Chinese");
        form.Find("[data-testid=hospital-name-zh]").GetAttribute("value").ShouldBe("汉滨区第一医院");
    }

    [Theory]
    [InlineData(Language.Zh, "2026年3月5日 14:30", "2026年3月5日")]
    [InlineData(Language.En, "5 Mar 2026, 14:30", "5 Mar 2026")]
    public void TimesFromTheApi_AreShownInShanghai_InTheLanguagesFormat(Language language, string dateTime, string date)
    {
        var texts = Texts.For(language);

        texts.DateTime(new DateTimeOffset(2026, 3, 5, 6, 30, 0, TimeSpan.Zero)).ShouldBe(dateTime);
        texts.Date(new DateOnly(2026, 3, 5)).ShouldBe(date);
        texts.DateTime(new DateTimeOffset(2026, 3, 5, 20, 0, 0, TimeSpan.Zero)).ShouldStartWith(language == Language.Zh ? "2026年3月6日 04:00" : "6 Mar 2026, 04:00");
    }

    [Theory]
    [InlineData("Administrator", "联盟管理员", "Administrator")]
    [InlineData("Clinician", "县级医生", "Clinician")]
    [InlineData("Suspended", "已暂停", "Suspended")]
    [InlineData("CityCenter", "市级中心医院", "City center")]
    public void EnumValues_HaveWordsInBothLanguages(string value, string zh, string en)
    {
        var words = value switch
        {
            "Suspended" => (Texts.Zh.PairingStatus(TestWire.Parse<PairingStatus>(value)), Texts.En.PairingStatus(TestWire.Parse<PairingStatus>(value))),
            "CityCenter" => (Texts.Zh.Tier(TestWire.Parse<HospitalTier>(value)), Texts.En.Tier(TestWire.Parse<HospitalTier>(value))),
            _ => (Texts.Zh.Role(TestWire.Parse<StaffRole>(value)), Texts.En.Role(TestWire.Parse<StaffRole>(value))),
        };

        words.ShouldBe((zh, en));
    }

    [Fact]
    public void Departments_ReadInEnglish_ByTheirSpecialty()
    {
        Texts.En.DepartmentName("心血管内科", "心血管内科", "Cardiology").ShouldBe("Cardiology");
        Texts.En.DepartmentName("护理部", "护理", "Nursing").ShouldBe("护理部 (Nursing)");
        Texts.Zh.DepartmentName("护理部", "护理", "Nursing").ShouldBe("护理部");
    }
}
