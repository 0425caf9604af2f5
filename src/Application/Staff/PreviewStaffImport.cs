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
/// What importing a staff file would do, row by row, without changing anything: each row's problems in words and
/// whether the person is created or already there (their e-mail is known).
/// </summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record PreviewStaffImport(byte[] Content) : IQuery<Result<ImportPreviewResponse>>;

public sealed class PreviewStaffImportValidator : AbstractValidator<PreviewStaffImport>
{
    public PreviewStaffImportValidator() =>
        RuleFor(q => q.Content).NotEmpty().OverridePropertyName("file").WithMessage("Choose a file to import.");
}

public sealed class PreviewStaffImportHandler(IAllianceDbContext db, ICurrentUser user)
    : IQueryHandler<PreviewStaffImport, Result<ImportPreviewResponse>>
{
    public async ValueTask<Result<ImportPreviewResponse>> Handle(PreviewStaffImport query, CancellationToken cancellationToken)
    {
        var sheet = ImportFile.Read(query.Content);
        if (!sheet.IsSuccess)
        {
            return sheet.Error!;
        }

        var planned = await StaffImportPlan.PlanAsync(db, user, sheet.Value, cancellationToken);
        return planned.IsSuccess ? ImportPreview.Of(sheet.Value.Format, planned.Value.Rows) : planned.Error!;
    }
}
