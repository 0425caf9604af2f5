using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Domain.Activities;

namespace SpecialtyAlliance.Application.Common.Abstractions;

public partial interface IAllianceDbContext
{
    DbSet<JointActivity> Activities { get; }
}
