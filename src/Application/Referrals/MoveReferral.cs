using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Referrals;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Referrals;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Application.Referrals;

/// <summary>The city side accepts the patient into a department of the receiving hospital, expected on a date (today or later).</summary>
[RequireRoles(StaffRole.Coordinator, StaffRole.Specialist)]
public sealed record AcceptReferral(Guid Id, AcceptReferralRequest Body, uint? Version = null) : ICommand<Result>;

public sealed class AcceptReferralValidator : AbstractValidator<AcceptReferral>
{
    public AcceptReferralValidator()
    {
        RuleFor(c => c.Body).NotNull().OverridePropertyName("body");
        RuleFor(c => c.Body.DepartmentId).NotEmpty().OverridePropertyName("departmentId").When(c => c.Body is not null);
        RuleFor(c => c.Body.ExpectedDate).NotEmpty().OverridePropertyName("expectedDate").When(c => c.Body is not null);
    }
}

public sealed class AcceptReferralHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AcceptReferral, Result>
{
    public async ValueTask<Result> Handle(AcceptReferral command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForMoveAsync(user, command.Id, command.Version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var referral = loaded.Value;
        if (!await db.Departments.AnyAsync(d => d.Id == command.Body.DepartmentId && d.HospitalId == referral.ReceivingHospitalId, cancellationToken))
        {
            return Error.Validation("departmentId", "The receiving department must be a department of the receiving hospital.");
        }

        var now = clock.GetUtcNow();
        var today = AllianceCalendar.DateOf(now);
        if (command.Body.ExpectedDate < today)
        {
            return Error.Validation("expectedDate", "The expected date cannot be in the past.");
        }

        return referral.Accept(user.UserId!.Value, command.Body.DepartmentId, command.Body.ExpectedDate, now);
    }
}

/// <summary>The city side records the admission (Accepted → Admitted).</summary>
[RequireRoles(StaffRole.Coordinator, StaffRole.Specialist)]
public sealed record AdmitReferral(Guid Id, uint? Version = null) : ICommand<Result>;

public sealed class AdmitReferralHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AdmitReferral, Result>
{
    public async ValueTask<Result> Handle(AdmitReferral command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForMoveAsync(user, command.Id, command.Version, cancellationToken);
        return loaded.IsSuccess ? loaded.Value.Admit(user.UserId!.Value, clock.GetUtcNow()) : loaded.Error;
    }
}

/// <summary>The city side returns the patient to the county hospital with a note (Accepted or Admitted → Returned).</summary>
[RequireRoles(StaffRole.Coordinator, StaffRole.Specialist)]
public sealed record ReturnReferral(Guid Id, ReturnReferralRequest Body, uint? Version = null) : ICommand<Result>;

public sealed class ReturnReferralValidator : AbstractValidator<ReturnReferral>
{
    public ReturnReferralValidator()
    {
        RuleFor(c => c.Body).NotNull().OverridePropertyName("body");
        RuleFor(c => c.Body.Note).NotEmpty().MaximumLength(Referral.NoteMaxLength).OverridePropertyName("note")
            .When(c => c.Body is not null).WithMessage("Write the note for the county hospital (at most 2000 characters).");
    }
}

public sealed class ReturnReferralHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReturnReferral, Result>
{
    public async ValueTask<Result> Handle(ReturnReferral command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForMoveAsync(user, command.Id, command.Version, cancellationToken);
        return loaded.IsSuccess ? loaded.Value.Return(user.UserId!.Value, command.Body.Note, clock.GetUtcNow()) : loaded.Error;
    }
}

/// <summary>The city side declines the referral with a reason (Requested → Declined).</summary>
[RequireRoles(StaffRole.Coordinator, StaffRole.Specialist)]
public sealed record DeclineReferral(Guid Id, DeclineReferralRequest Body, uint? Version = null) : ICommand<Result>;

public sealed class DeclineReferralValidator : AbstractValidator<DeclineReferral>
{
    public DeclineReferralValidator()
    {
        RuleFor(c => c.Body).NotNull().OverridePropertyName("body");
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(Referral.NoteMaxLength).OverridePropertyName("reason")
            .When(c => c.Body is not null).WithMessage("Give the reason (at most 2000 characters).");
    }
}

public sealed class DeclineReferralHandler(IAllianceDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DeclineReferral, Result>
{
    public async ValueTask<Result> Handle(DeclineReferral command, CancellationToken cancellationToken)
    {
        var loaded = await db.LoadForMoveAsync(user, command.Id, command.Version, cancellationToken);
        return loaded.IsSuccess ? loaded.Value.Decline(user.UserId!.Value, command.Body.Reason, clock.GetUtcNow()) : loaded.Error;
    }
}
