using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Availability;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;
using AvailabilityKind = SpecialtyAlliance.Domain.Availability.AvailabilityKind;

namespace SpecialtyAlliance.Application.Availability;

/// <summary>
/// A specialist publishes their availability: the whole of it, replacing what was there (weekly windows in local time and
/// one-off blocks). Replacing keeps the client simple — it edits the list it read and sends it back — and makes a retry
/// harmless. Bookings already made stand; only new scheduling is checked against it. Only the specialist themself.
/// </summary>
[RequireRoles(StaffRole.Specialist)]
public sealed record SetAvailability(Guid SpecialistId, AvailabilityRequest Body) : ICommand<Result>;

public sealed class WeeklyWindowRequestValidator : AbstractValidator<WeeklyWindowRequest>
{
    public WeeklyWindowRequestValidator()
    {
        RuleFor(w => w.Day).OneOf("Day");
        RuleFor(w => w.End).GreaterThan(w => w.Start).WithMessage("The window must end after it starts (same day).");
    }
}

public sealed class AvailabilityBlockRequestValidator : AbstractValidator<AvailabilityBlockRequest>
{
    public AvailabilityBlockRequestValidator()
    {
        RuleFor(b => b.Kind).NotNull().Must(k => k is Contracts.Availability.AvailabilityKind.Available or Contracts.Availability.AvailabilityKind.Unavailable)
            .WithMessage("Kind must be Available or Unavailable.");
        RuleFor(b => b.EndsAt).GreaterThan(b => b.StartsAt).WithMessage("The block must end after it starts.");
        RuleFor(b => b.EndsAt).Must((b, end) => end - b.StartsAt <= TimeSpan.FromDays(366))
            .When(b => b.EndsAt > b.StartsAt).WithMessage("A block lasts at most a year.");
    }
}

public sealed class SetAvailabilityValidator : AbstractValidator<SetAvailability>
{
    public const int MaxEntries = 100;

    private static readonly string WeeklyList = $"Send the weekly windows as a list (at most {MaxEntries}; empty for none).";
    private static readonly string BlocksList = $"Send the one-off blocks as a list (at most {MaxEntries}; empty for none).";

    public SetAvailabilityValidator()
    {
        RuleFor(c => c.Body).NotNull().OverridePropertyName("body");
        When(c => c.Body is not null, () =>
        {
            // Stop at a missing list: the count check must not run on null (it answered 500).
            RuleFor(c => c.Body.Weekly).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(WeeklyList)
                .Must(w => w.Count <= MaxEntries).WithMessage(WeeklyList)
                .OverridePropertyName("weekly");
            RuleForEach(c => c.Body.Weekly).SetValidator(new WeeklyWindowRequestValidator()).OverridePropertyName("weekly");
            RuleFor(c => c.Body.Blocks).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(BlocksList)
                .Must(b => b.Count <= MaxEntries).WithMessage(BlocksList)
                .OverridePropertyName("blocks");
            RuleForEach(c => c.Body.Blocks).SetValidator(new AvailabilityBlockRequestValidator()).OverridePropertyName("blocks");
        });
    }
}

public sealed class SetAvailabilityHandler(IAllianceDbContext db, ICurrentUser user)
    : ICommandHandler<SetAvailability, Result>
{
    public async ValueTask<Result> Handle(SetAvailability command, CancellationToken cancellationToken)
    {
        if (!await db.SpecialistsVisibleTo(user).AnyAsync(s => s.Id == command.SpecialistId, cancellationToken))
        {
            return Error.NotFound("The specialist");
        }

        if (command.SpecialistId != user.UserId)
        {
            return Error.Forbidden("Specialists publish their own availability only.");
        }

        // Replaced as a whole, in the unit of work's transaction.
        await db.Availability.Where(w => w.SpecialistId == command.SpecialistId).ExecuteDeleteAsync(cancellationToken);
        foreach (var w in command.Body.Weekly)
        {
            db.Availability.Add(AvailabilityWindow.Weekly(command.SpecialistId, w.Day!.Value.ToDomain(), w.Start, w.End));
        }

        foreach (var b in command.Body.Blocks)
        {
            db.Availability.Add(AvailabilityWindow.Block(command.SpecialistId, b.Kind!.Value.ToDomain(), b.StartsAt, b.EndsAt));
        }

        return Result.Success();
    }
}
