using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Domain.Rotations;

namespace SpecialtyAlliance.Infrastructure.Persistence;

public sealed partial class AllianceDbContext
{
    public DbSet<SupportRequest> SupportRequests => Set<SupportRequest>();

    public DbSet<AssistanceRotation> Rotations => Set<AssistanceRotation>();
}
