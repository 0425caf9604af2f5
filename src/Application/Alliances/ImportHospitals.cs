using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Imports;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Imports;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Alliances;

/// <summary>
/// Imports hospitals and their departments, all or nothing: when any row has a problem nothing is imported and the
/// rows are named (400 <c>import_rows_invalid</c>); otherwise the missing hospitals and departments are created in one
/// transaction. Importing the same file again creates nothing (hospital name and department name are the keys).
/// </summary>
[RequireRoles(StaffRole.Administrator)]
public sealed record ImportHospitals(byte[] Content) : ICommand<Result<HospitalImportResponse>>;

public sealed class ImportHospitalsValidator : AbstractValidator<ImportHospitals>
{
    public ImportHospitalsValidator() =>
        RuleFor(c => c.Content).NotEmpty().OverridePropertyName("file").WithMessage("Choose a file to import.");
}

public sealed class ImportHospitalsHandler(IAllianceDbContext db) : ICommandHandler<ImportHospitals, Result<HospitalImportResponse>>
{
    public async ValueTask<Result<HospitalImportResponse>> Handle(ImportHospitals command, CancellationToken cancellationToken)
    {
        var sheet = ImportFile.Read(command.Content);
        if (!sheet.IsSuccess)
        {
            return sheet.Error!;
        }

        var planned = await HospitalImportPlan.PlanAsync(db, sheet.Value, cancellationToken);
        if (!planned.IsSuccess)
        {
            return planned.Error!;
        }

        var (rows, plan) = planned.Value;
        if (rows.Any(r => r.Action == ImportActions.Invalid))
        {
            return ImportPreview.Refused(rows);
        }

        var hospitalIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var departmentsCreated = 0;
        foreach (var row in plan.Where(r => r.Creates))
        {
            if (!hospitalIds.TryGetValue(row.Hospital.Name, out var hospitalId))
            {
                if (row.Hospital.ExistingId is { } existing)
                {
                    hospitalId = existing;
                }
                else
                {
                    var h = row.Hospital;
                    var hospital = Hospital.Create(h.Name, h.NameEn, h.Tier, h.Kind, h.Region);
                    db.Hospitals.Add(hospital);
                    hospitalId = hospital.Id;
                }

                hospitalIds[row.Hospital.Name] = hospitalId;
            }

            if (row.Department is not null)
            {
                db.Departments.Add(Department.Create(hospitalId, row.Department, row.Specialty!));
                departmentsCreated++;
            }
        }

        var created = plan.Count(r => r.Creates);
        return new HospitalImportResponse(
            created, rows.Count - created, plan.Where(r => r.Creates && r.Hospital.ExistingId is null).Select(r => r.Hospital.Name).Distinct().Count(), departmentsCreated);
    }
}
