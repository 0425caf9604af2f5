using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Domain.Rotations;

namespace SpecialtyAlliance.Application.Common.Abstractions;

public partial interface IAllianceDbContext
{
    DbSet<SupportRequest> SupportRequests { get; }

    DbSet<AssistanceRotation> Rotations { get; }
}
