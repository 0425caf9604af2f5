using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Domain.Activities;

namespace SpecialtyAlliance.Infrastructure.Persistence;

public sealed partial class AllianceDbContext
{
    public DbSet<JointActivity> Activities => Set<JointActivity>();
}
