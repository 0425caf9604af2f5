using FluentValidation;
using Mediator;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Imports;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Contracts.Imports;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Alliances;

/// <summary>
/// What importing a hospitals file would do, row by row, without changing anything: each row's problems in words and
/// whether it creates a hospital or department or is already there.
/// </summary>
[RequireRoles(StaffRole.Administrator)]
public sealed record PreviewHospitalImport(byte[] Content) : IQuery<Result<ImportPreviewResponse>>;

public sealed class PreviewHospitalImportValidator : AbstractValidator<PreviewHospitalImport>
{
    public PreviewHospitalImportValidator() =>
        RuleFor(q => q.Content).NotEmpty().OverridePropertyName("file").WithMessage("Choose a file to import.");
}

public sealed class PreviewHospitalImportHandler(IAllianceDbContext db)
    : IQueryHandler<PreviewHospitalImport, Result<ImportPreviewResponse>>
{
    public async ValueTask<Result<ImportPreviewResponse>> Handle(PreviewHospitalImport query, CancellationToken cancellationToken)
    {
        var sheet = ImportFile.Read(query.Content);
        if (!sheet.IsSuccess)
        {
            return sheet.Error!;
        }

        var planned = await HospitalImportPlan.PlanAsync(db, sheet.Value, cancellationToken);
        return planned.IsSuccess ? ImportPreview.Of(sheet.Value.Format, planned.Value.Rows) : planned.Error!;
    }
}
