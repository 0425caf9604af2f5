using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SpecialtyAlliance.Infrastructure.Demo;

namespace SpecialtyAlliance.Api.Infrastructure;

/// <summary>Prints where the app listens and the demo sign-ins once the host has started.</summary>
internal static class DemoBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("  SpecialtyAlliance is running: " + string.Join(", ", addresses));
        text.AppendLine("  API reference: /api/reference   health: /health/ready");
        text.AppendLine(CultureInfo.InvariantCulture, $"  Demo sign-ins (DEMO ONLY — password for all: {DemoSeeder.DemoPassword}):");
        foreach (var (email, role, description) in DemoSeeder.DemoUsers.Concat(DemoSeeder.AllianceWorkDemoUsers))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {email,-26} {role,-14} {description}");
        }

        Console.WriteLine(text.ToString());
    }
}
