using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SpecialtyAlliance.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>: builds the model without a running database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AllianceDbContext>
{
    public AllianceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AllianceDbContext>();
        options.UseAllianceDatabase("Host=127.0.0.1;Database=design_time;Username=postgres");
        return new AllianceDbContext(options.Options);
    }
}
