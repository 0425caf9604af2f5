using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor;
using MudBlazor.Services;
using SpecialtyAlliance.Web;
using SpecialtyAlliance.Web.Localization;
using SpecialtyAlliance.Web.Services;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

// Same origin as the API: the session cookie travels with every request and with the hub connection.
builder.Services.AddScoped(_ => new HttpClient { BaseAddress = new Uri(builder.HostEnvironment.BaseAddress) });
builder.Services.AddScoped<ApiClient>();
builder.Services.AddScoped<ConsultationsClient>();
builder.Services.AddScoped<ILiveConnection, HubLiveConnection>();
builder.Services.AddScoped<NotificationInbox>();
builder.Services.AddScoped<Session>();
builder.Services.AddScoped<AllianceDirectory>();
builder.Services.AddScoped<Localizer>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddMudServices();
builder.Services.Replace(ServiceDescriptor.Transient<MudLocalizer, AllianceMudLocalizer>());

var host = builder.Build();

// The remembered language applies before the first render, so the page never shows the other one first.
await host.Services.GetRequiredService<Localizer>().InitializeAsync();
await host.RunAsync();
