using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Imports;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Imports;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>
/// Imports a staff file, all or nothing: when any row has a problem nothing is imported and the rows are named (400
/// <c>import_rows_invalid</c>); otherwise every new person is created through <see cref="IStaffOnboarding"/> — the same
/// way as one typed in, with an account and an invitation — in this one transaction. Rows whose e-mail is already there
/// are skipped, so importing the same file again creates nobody twice.
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record ImportStaff(byte[] Content) : ICommand<Result<StaffImportResponse>>;

public sealed class ImportStaffValidator : AbstractValidator<ImportStaff>
{
    public ImportStaffValidator() =>
        RuleFor(c => c.Content).NotEmpty().OverridePropertyName("file").WithMessage("Choose a file to import.");
}

public sealed class ImportStaffHandler(IAllianceDbContext db, ICurrentUser user, IStaffOnboarding onboarding)
    : ICommandHandler<ImportStaff, Result<StaffImportResponse>>
{
    public async ValueTask<Result<StaffImportResponse>> Handle(ImportStaff command, CancellationToken cancellationToken)
    {
        var sheet = ImportFile.Read(command.Content);
        if (!sheet.IsSuccess)
        {
            return sheet.Error!;
        }

        var planned = await StaffImportPlan.PlanAsync(db, user, sheet.Value, cancellationToken);
        if (!planned.IsSuccess)
        {
            return planned.Error!;
        }

        var (rows, plan) = planned.Value;
        if (rows.Any(r => r.Action == ImportActions.Invalid))
        {
            return ImportPreview.Refused(rows);
        }

        var people = new List<ImportedPersonResponse>();
        foreach (var (row, person) in plan)
        {
            if (person is null)
            {
                continue;
            }

            var created = await onboarding.CreateAsync(person, cancellationToken);
            if (!created.IsSuccess)
            {
                // A rule only the onboarding knows (or a person added since the plan was read): the whole import is
                // refused, naming the row, and the unit of work keeps nothing of it.
                return Refused(rows, row, created.Error!);
            }

            var invitation = created.Value;
            people.Add(new ImportedPersonResponse(row, invitation.StaffId, person.Email, invitation.Link, invitation.ExpiresAt, invitation.Emailed));
        }

        return new StaffImportResponse(people.Count, rows.Count - people.Count, people);
    }

    private static Error Refused(IReadOnlyList<ImportRowResponse> rows, int rowNumber, Error error)
    {
        var problems = error.FieldErrors is { Count: > 0 } fields
            ? fields.SelectMany(f => f.Value.Select(m => new ImportProblemResponse(rowNumber, Column(f.Key), f.Key, error.Code, m))).ToList()
            : [new ImportProblemResponse(rowNumber, StaffImportPlan.Email.Header, StaffImportPlan.Email.Field, error.Code, error.Message)];
        return ImportPreview.Refused(
            [.. rows.Select(r => r.Row == rowNumber ? r with { Action = ImportActions.Invalid, Problems = problems } : r)]);
    }

    private static string Column(string field) =>
        StaffImportPlan.Layout.Columns.FirstOrDefault(c => string.Equals(c.Field, field, StringComparison.OrdinalIgnoreCase))?.Header ?? field;
}
