using SpecialtyAlliance.Benchmarks;
using SpecialtyAlliance.Testing;

// Measures, never asserts: each scenario prints the project's figure beside a baseline measured in the same run.
//   dotnet run -c Release --project benchmarks/Benchmarks [reminders] [batch size]
//   dotnet run -c Release --project benchmarks/Benchmarks reports [consultations, default 200000] [--explain]
var scenario = args.Length > 0 ? args[0] : "reminders";
var number = args.Length > 1 && int.TryParse(args[1], out var size) ? size : (int?)null;
var explain = args.Contains("--explain");

// The API host runs from its source folder (for its settings and the web client's files), as in the tests.
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "SpecialtyAlliance.sln")))
{
    root = root.Parent;
}

Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SPECIALTYALLIANCE_API", Path.Combine(root!.FullName, "src", "Api"));

await using var server = await PostgresServer.StartAsync();
Console.WriteLine($"PostgreSQL: {server.Source}; {Environment.ProcessorCount} cores");
var template = await server.CreateTemplateAsync();

switch (scenario)
{
    case "reminders":
        foreach (var row in await ReminderLatency.RunAsync(server, template, number ?? 50))
        {
            Console.WriteLine(row);
        }

        break;
    case "reports":
        foreach (var row in await ReportSpeed.RunAsync(server, template, number ?? 200_000, explain))
        {
            Console.WriteLine(row);
        }

        break;
    default:
        Console.Error.WriteLine($"Unknown scenario '{scenario}'. Scenarios: reminders, reports.");
        return 2;
}

return 0;
