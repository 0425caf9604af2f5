using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Domain.TechnologyGaps;

namespace SpecialtyAlliance.Application.Common.Abstractions;

public partial interface IAllianceDbContext
{
    DbSet<TechnologyGap> TechnologyGaps { get; }
}
