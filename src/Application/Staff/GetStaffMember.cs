using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Staff;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

using StaffRole = SpecialtyAlliance.Domain.Staff.StaffRole;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>One person the caller manages (administrators: anyone; coordinators: their hospital's); anyone else is not found.</summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record GetStaffMember(Guid Id) : IQuery<Result<StaffMemberResponse>>;

public sealed class GetStaffMemberHandler(IAllianceDbContext db, ICurrentUser user) : IQueryHandler<GetStaffMember, Result<StaffMemberResponse>>
{
    public async ValueTask<Result<StaffMemberResponse>> Handle(GetStaffMember query, CancellationToken cancellationToken)
    {
        var person = await db.Responses(db.StaffManagedBy(user).AsNoTracking().Where(s => s.Id == query.Id))
            .SingleOrDefaultAsync(cancellationToken);
        return person is null ? Error.NotFound("The staff member") : person;
    }
}
