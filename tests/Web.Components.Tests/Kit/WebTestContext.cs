using SpecialtyAlliance.Contracts.Staff;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Web.Services;

namespace SpecialtyAlliance.Web.Components.Tests.Kit;

/// <summary>
/// A bUnit context wired like the app's Program.cs, with the HTTP API and the hub replaced by controllable
/// fakes. MudBlazor's JavaScript is answered loosely; the localStorage calls are recorded.
/// </summary>
public class WebTestContext : BunitContext
{
    public static readonly Guid CityHospitalId = Guid.Parse("0199aaaa-0000-7000-8000-000000000001");
    public static readonly Guid LangaoHospitalId = Guid.Parse("0199aaaa-0000-7000-8000-000000000002");

    public WebTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.PopoverOptions.CheckForPopoverProvider = false);
        Services.AddSingleton(Api);
        Services.AddScoped(_ => new HttpClient(Api) { BaseAddress = new Uri("http://localhost/") });
        Services.AddScoped<ApiClient>();
        Services.AddScoped<ConsultationsClient>();
        Services.AddSingleton<ILiveConnection>(Hub);
        Services.AddScoped<NotificationInbox>();
        Services.AddScoped<Session>();
        Services.AddScoped<AllianceDirectory>();
        Services.AddScoped<Localizer>();
        Services.AddSingleton(TimeProvider.System);
    }

    public FakeApi Api { get; } = new();

    public FakeLiveConnection Hub { get; } = new();

    public Localizer Localizer => Services.GetRequiredService<Localizer>();

    public static MeResponse Person(StaffRole role, Guid? hospitalId = null) => Signed(role, hospitalId) with
    {
        Capabilities = CapabilitiesOf(role, (hospitalId ?? (role is StaffRole.Administrator or StaffRole.Specialist ? CityHospitalId : LangaoHospitalId)) == CityHospitalId),
    };

    /// <summary>What the server grants each role (GET /api/me's capabilities, ADR 0041), on the city side or a county's.</summary>
    public static IReadOnlyList<Capability> CapabilitiesOf(StaffRole role, bool onCitySide) => role switch
    {
        StaffRole.Administrator =>
        [
            Capability.ManageAlliance, Capability.AskForSupport, Capability.PlanRotations, Capability.PlanInboundStudy,
            Capability.DeclareGap, Capability.RecordActivity,
        ],
        StaffRole.Coordinator when onCitySide => [Capability.PlanRotations, Capability.PlanInboundStudy, Capability.RecordActivity],
        StaffRole.Coordinator => [Capability.AskForSupport, Capability.PlanInboundStudy, Capability.DeclareGap, Capability.RecordActivity],
        StaffRole.Clinician => [Capability.RequestConsultation],
        _ => [],
    };

    private static MeResponse Signed(StaffRole role, Guid? hospitalId) => role switch
    {
        StaffRole.Administrator => new MeResponse(Guid.NewGuid(), "王立新", "admin@ankang.demo", role, hospitalId ?? CityHospitalId, "安康市中心医院", null, null, []),
        StaffRole.Coordinator => new MeResponse(Guid.NewGuid(), "吴海燕", "coordinator@langao.demo", role, hospitalId ?? LangaoHospitalId, "岚皋县人民医院", null, null, []),
        StaffRole.Specialist => new MeResponse(Guid.NewGuid(), "陈明远", "cardiology@ankang.demo", role, hospitalId ?? CityHospitalId, "安康市中心医院", Guid.NewGuid(), "心血管内科", ["cardiology"]),
        _ => new MeResponse(Guid.NewGuid(), "孙建国", "doctor@shiquan.demo", role, hospitalId ?? LangaoHospitalId, "石泉县医院", Guid.NewGuid(), "心血管内科", []),
    };

    /// <summary>Signs <paramref name="me"/> in the way the app does at start (GET /api/me), with an empty inbox.</summary>
    public async Task SignInAsync(MeResponse me, int unread = 0)
    {
        Api.Get("/api/me", me);
        Api.Get("/api/notifications/unread-count", new { unread });
        await Services.GetRequiredService<Session>().RefreshAsync();
    }

    public async Task UseLanguageAsync(Language language) => await Localizer.SetLanguageAsync(language);

    /// <summary>Renders MudBlazor's providers once (menus, selects, dialogs and snackbars draw into them).</summary>
    public void RenderProviders()
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        Render<MudDialogProvider>();
    }
}
