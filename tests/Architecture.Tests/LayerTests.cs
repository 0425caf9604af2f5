using System.Reflection;
using NetArchTest.Rules;

namespace SpecialtyAlliance.Architecture.Tests;

/// <summary>Dependencies point inward only: Api → Infrastructure → Application → Domain; Contracts is a leaf.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(SpecialtyAlliance.Domain.Common.Entity).Assembly;
    private static readonly Assembly Contracts = typeof(SpecialtyAlliance.Contracts.Common.Paging).Assembly;
    private static readonly Assembly Application = typeof(SpecialtyAlliance.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(SpecialtyAlliance.Infrastructure.DependencyInjection).Assembly;

    public static TheoryData<string, string[]> Forbidden => new()
    {
        { "Domain", ["SpecialtyAlliance.Application", "SpecialtyAlliance.Infrastructure", "SpecialtyAlliance.Api", "SpecialtyAlliance.Contracts", "SpecialtyAlliance.Web", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Mediator"] },
        { "Contracts", ["SpecialtyAlliance.Domain", "SpecialtyAlliance.Application", "SpecialtyAlliance.Infrastructure", "SpecialtyAlliance.Api", "Microsoft.EntityFrameworkCore"] },
        { "Application", ["SpecialtyAlliance.Infrastructure", "SpecialtyAlliance.Api", "SpecialtyAlliance.Web", "Microsoft.AspNetCore", "Npgsql"] },
        { "Infrastructure", ["SpecialtyAlliance.Api", "SpecialtyAlliance.Web"] },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Layer_DoesNotDependOnOuterLayers(string layer, string[] forbidden)
    {
        var assembly = layer switch
        {
            "Domain" => Domain,
            "Contracts" => Contracts,
            "Application" => Application,
            _ => Infrastructure,
        };

        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty($"{layer} must not depend on {string.Join(", ", forbidden)}");
    }

    [Fact]
    public void Domain_HasNoPackageReferences()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard");
        references.ShouldBeEmpty();
    }

    [Fact]
    public void WebClient_ReferencesOnlyContracts_OfTheServer()
    {
        var web = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Web", "SpecialtyAlliance.Web.csproj");
        var project = File.ReadAllText(web);
        project.ShouldContain("Contracts");
        foreach (var layer in new[] { "Domain", "Application", "Infrastructure", "Api" })
        {
            project.ShouldNotContain($@"..\{layer}\");
        }
    }

    [Fact]
    public void Handlers_AreSealed()
    {
        var handlers = Types.InAssembly(Application).That().HaveNameEndingWith("Handler").Should().BeSealed().GetResult();
        (handlers.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    /// <summary>
    /// A command that creates one record answers with its id; every such command honours Idempotency-Key
    /// (DESIGN.md), which it does by being an <c>IIdempotentCreate</c> — a new create cannot forget it.
    /// </summary>
    [Fact]
    public void Creates_HonourIdempotencyKeys()
    {
        var creates = Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Contains(typeof(Mediator.ICommand<SpecialtyAlliance.Domain.Common.Result<Guid>>)))
            .ToList();

        creates.Count.ShouldBeGreaterThanOrEqualTo(10);
        creates.Where(t => !typeof(SpecialtyAlliance.Application.Common.Idempotency.IIdempotentCreate).IsAssignableFrom(t)).Select(t => t.Name).ShouldBeEmpty();
    }
}
