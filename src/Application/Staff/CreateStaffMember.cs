using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Staff;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

using StaffRole = SpecialtyAlliance.Domain.Staff.StaffRole;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// Adds a person to a hospital's staff with an account and a one-time invitation (e-mailed after the commit when SMTP
/// is configured). Administrators for any hospital, coordinators for their own (another hospital: not found; the
/// Administrator role: forbidden). The rules that need the database live in <see cref="IStaffOnboarding"/>.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record CreateStaffMember(StaffMemberRequest Person) : ICommand<Result<StaffInvitation>>;

public sealed class CreateStaffMemberValidator : AbstractValidator<CreateStaffMember>
{
    public CreateStaffMemberValidator()
    {
        RuleFor(c => c.Person).NotNull();
        When(c => c.Person is not null, () =>
        {
            this.IncludePersonRules(c => c.Person.FullName, c => c.Person.Title, c => c.Person.Phone);
            RuleFor(c => c.Person.Email).NotEmpty().WithMessage("Enter the person's e-mail address.")
                .MaximumLength(StaffMember.EmailMaxLength).WithMessage($"The e-mail address may have at most {StaffMember.EmailMaxLength} characters.")
                .EmailAddress().WithMessage("Enter an e-mail address such as name@hospital.cn.")
                .OverridePropertyName("email");
            RuleFor(c => c.Person.HospitalId).NotEmpty().WithMessage("Choose the person's hospital.").OverridePropertyName("hospitalId");
            RuleFor(c => c.Person.Role).NotEmpty().IsEnumName(typeof(StaffRole))
                .WithMessage("Role must be one of: " + string.Join(", ", Enum.GetNames<StaffRole>()) + ".")
                .OverridePropertyName("role");
            RuleFor(c => c.Person.Specialties).Must(StaffAccess.AreKnownSpecialties)
                .WithMessage("Specialties must be codes of the catalogue (GET /api/specialties).")
                .OverridePropertyName("specialties");
        });
    }
}

public sealed class CreateStaffMemberHandler(IStaffOnboarding onboarding) : ICommandHandler<CreateStaffMember, Result<StaffInvitation>>
{
    public ValueTask<Result<StaffInvitation>> Handle(CreateStaffMember command, CancellationToken cancellationToken)
    {
        var p = command.Person;
        return onboarding.CreateAsync(
            new NewStaffMember(
                p.FullName, p.Title, p.Email, p.Phone, p.HospitalId, p.DepartmentId, Enum.Parse<StaffRole>(p.Role),
                p.IsPartyMember, p.Specialties ?? [], p.IsDepartmentHead),
            cancellationToken);
    }
}
