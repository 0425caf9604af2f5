using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Architecture.Tests;

/// <summary>
/// The web client holds no vocabulary or rules of its own (ADR 0040, 0041): it compares the contract's enums, never a
/// string spelling one; it calls the API through the typed clients of <c>Web/Services</c>; the browser's copy of ADR
/// 0013 (<c>WorkAccess</c>) is gone; and each contract enum is its domain twin, name for name and number for number.
/// </summary>
public sealed partial class WebClientTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));

    private static readonly string Web = Path.Combine(Root, "src", "Web");

    private static readonly Assembly Contracts = typeof(Paging).Assembly;

    /// <summary>
    /// Pages that still call the API by path, each to move behind a typed client (ADR 0041). The list only shrinks: a
    /// page that no longer needs its entry fails this test until the entry goes.
    /// </summary>
    private static readonly HashSet<string> NotYetOnTypedClients =
    [
        "Pages/Admin/StaffCreate.razor",
        "Pages/Admin/StaffList.razor",
        "Pages/Admin/ImportHospitals.razor",
        "Pages/Admin/ImportStaff.razor",
        "Pages/Admin/StaffDetail.razor",
        "Pages/Accounts/ChangePassword.razor",
        "Pages/Accounts/ForgotPassword.razor",
        "Pages/Accounts/SetPassword.razor",
        "Components/Corrections/DepartmentEditForm.razor",
        "Components/Corrections/SupportRequestEditForm.razor",
        "Components/Corrections/RotationEditForm.razor",
        "Components/Corrections/TechnologyGapEditForm.razor",
        "Components/Corrections/ActivityEditForm.razor",
        "Components/Corrections/PartyBranchEditForm.razor",
        "Components/Corrections/PairingEditForm.razor",
        "Components/Corrections/HistoryPanel.razor",
        "Components/AllianceWork/AllianceWorkCounts.razor",
        "Components/Consultations/ConsultationCounts.razor",
        "Components/Consultations/SlotPicker.razor",
        "Pages/AllianceWork/Activities.razor",
        "Pages/AllianceWork/ActivityDetail.razor",
        "Pages/AllianceWork/ActivityForm.razor",
        "Pages/AllianceWork/Coverage.razor",
        "Pages/AllianceWork/RotationDetail.razor",
        "Pages/AllianceWork/RotationForm.razor",
        "Pages/AllianceWork/Rotations.razor",
        "Pages/AllianceWork/SupportRequestDetail.razor",
        "Pages/AllianceWork/SupportRequestForm.razor",
        "Pages/AllianceWork/SupportRequests.razor",
        "Pages/AllianceWork/TechnologyGapDetail.razor",
        "Pages/AllianceWork/TechnologyGapForm.razor",
        "Pages/AllianceWork/TechnologyGaps.razor",
        "Pages/Consultations/Agenda.razor",
        "Pages/Consultations/AvailabilityEditor.razor",
        "Pages/Consultations/ConsultationList.razor",
        "Pages/Consultations/ConsultationRequestForm.razor",
        "Pages/Consultations/Queue.razor",
        "Pages/Consultations/Referrals.razor",
        "Pages/Home.razor",
        "Pages/HospitalDetail.razor",
        "Pages/HospitalForm.razor",
        "Pages/Hospitals.razor",
        "Pages/PairingDetail.razor",
        "Pages/PairingPropose.razor",
        "Pages/Pairings.razor",
    ];

    private static IEnumerable<(string File, string Text)> WebSources() =>
        Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(Web, f).Replace('\\', '/'), File.ReadAllText(f)));

    /// <summary>Every name of every contract enum, as C# and as the wire spell it (<c>InfoRequested</c>, <c>request-info</c>).</summary>
    private static HashSet<string> VocabularyNames()
    {
        var json = ContractJson.Create();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in Contracts.GetTypes().Where(t => t.IsEnum && t.IsPublic))
        {
            foreach (var value in Enum.GetValues(type))
            {
                names.Add(value.ToString()!);
                names.Add(JsonSerializer.Serialize(value, type, json).Trim('"'));
            }
        }

        return names;
    }

    [Fact]
    public void NoStringLiteral_IsComparedToAValueOfTheVocabulary_InTheWebClient()
    {
        var names = VocabularyNames();
        var offences = new List<string>();
        foreach (var (file, text) in WebSources())
        {
            foreach (Match match in Comparison().Matches(text))
            {
                if (names.Contains(match.Groups["name"].Value))
                {
                    var line = text[..match.Index].Count(c => c == '\n') + 1;
                    offences.Add($"{file}:{line}: {match.Value.Trim()}");
                }
            }
        }

        offences.ShouldBeEmpty("compare the contract's enums (ConsultationStatus.Requested), not their spelling");
    }

    [Fact]
    public void TheApi_IsCalledThroughTheTypedClients_Only()
    {
        var callers = WebSources()
            .Where(s => !s.File.StartsWith("Services/", StringComparison.Ordinal) && ApiPath().IsMatch(s.Text))
            .Select(s => s.File)
            .ToHashSet();

        callers.Except(NotYetOnTypedClients).ShouldBeEmpty("call the API through a client of Web/Services (ADR 0041)");
        NotYetOnTypedClients.Except(callers).ShouldBeEmpty("these pages are on typed clients now: take them off the list");
    }

    [Fact]
    public void WorkAccess_TheBrowsersCopyOfTheRules_IsGone()
    {
        WebSources().Where(s => s.File.EndsWith("WorkAccess.cs", StringComparison.Ordinal)).ShouldBeEmpty();
        WebSources().Where(s => WorkAccessName().IsMatch(s.Text)).Select(s => s.File).ShouldBeEmpty();
    }

    [Fact]
    public void EachContractEnum_IsItsDomainTwin_NameForNameAndNumberForNumber()
    {
        var pairs = typeof(Application.Common.Wire).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == nameof(Application.Common.Wire.ToWire))
            .Select(m => (From: m.GetParameters()[0].ParameterType, To: m.ReturnType))
            .ToList();

        pairs.Count.ShouldBeGreaterThanOrEqualTo(20);
        foreach (var (from, to) in pairs)
        {
            foreach (var value in Enum.GetValues(from))
            {
                Enum.GetName(to, Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture))
                    .ShouldBe(Enum.GetName(from, value), $"{from.FullName} → {to.FullName}");
            }
        }
    }

    /// <summary>A string literal on either side of ==, !=, is, or, a case label or a switch arm.</summary>
    [GeneratedRegex("""(?:(?:==|!=|\bis(?:\s+not)?|\bor|\bcase)\s*\(?\s*"(?<name>[\w-]+)")|(?:"(?<name>[\w-]+)"\s*(?:==|!=|=>))""")]
    private static partial Regex Comparison();

    [GeneratedRegex("""\$?@?"/?api/""")]
    private static partial Regex ApiPath();

    [GeneratedRegex(@"\bWorkAccess\b")]
    private static partial Regex WorkAccessName();
}
