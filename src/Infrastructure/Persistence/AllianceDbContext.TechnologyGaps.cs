using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Domain.TechnologyGaps;

namespace SpecialtyAlliance.Infrastructure.Persistence;

public sealed partial class AllianceDbContext
{
    public DbSet<TechnologyGap> TechnologyGaps => Set<TechnologyGap>();
}
