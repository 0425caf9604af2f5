using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Alliances;
using SpecialtyAlliance.Application.Common.Imports;
using SpecialtyAlliance.Application.Staff;
using SpecialtyAlliance.Contracts.Imports;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>
/// Bulk onboarding (ADR 0039): staff and hospitals from an .xlsx workbook or a UTF-8 CSV file, sent as the multipart
/// form field <c>file</c>. A template to start from; a preview that changes nothing; an import that is all or nothing.
/// </summary>
internal static class ImportsEndpoints
{
    private const string Limits = " The file is the multipart form field `file`: an .xlsx workbook (its first sheet) or UTF-8 CSV, told by its content, at most 5 MB (413 `file_too_large`) and 2,000 rows (413 `too_many_rows`); anything else is 415 `unsupported_file`; a header row without a required column is 400.";

    public static IEndpointRouteBuilder MapImportsEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/staff/import").WithTags("Imports").RequireAuthorization();
        staff.MapGet("/template.xlsx", (ISender sender, CancellationToken ct) => Template(sender, new GetStaffImportTemplate(ImportFormat.Xlsx), ct))
            .WithSummary("The staff import template, .xlsx (administrators, coordinators)")
            .WithDescription("Chinese headers (姓名, 职称, 邮箱, 手机, 医院, 科室, 角色, 是否党员, 专科, 是否科主任), example rows, and a sheet 填写说明 explaining each column and the words it accepts.");
        staff.MapGet("/template.csv", (ISender sender, CancellationToken ct) => Template(sender, new GetStaffImportTemplate(ImportFormat.Csv), ct))
            .WithSummary("The staff import template, CSV UTF-8 (administrators, coordinators)");
        staff.MapPost("/preview", PreviewStaff).DisableAntiforgery().Upload()
            .WithSummary("What importing a staff file would do, row by row; changes nothing (administrators, coordinators)")
            .WithDescription("Each row (numbered as in the sheet) with its action (Create, Skip: the e-mail is already there, Invalid) and its problems (column, code, message)." + Limits);
        staff.MapPost("/", ImportStaff).DisableAntiforgery().Upload()
            .WithSummary("Import a staff file, all or nothing (administrators, coordinators)")
            .WithDescription("Any row with a problem: nothing is imported, 400 `import_rows_invalid` with `errors` keyed by row and the extension member `rows` listing the refused rows and their problems. Otherwise each new person is created with an account and a one-time invitation; rows whose e-mail is already there are skipped, so importing the same file again creates nobody. Coordinators import into their own hospital only and never administrators." + Limits);

        var hospitals = app.MapGroup("/api/hospitals/import").WithTags("Imports").RequireAuthorization();
        hospitals.MapGet("/template.xlsx", (ISender sender, CancellationToken ct) => Template(sender, new GetHospitalImportTemplate(ImportFormat.Xlsx), ct))
            .WithSummary("The hospital import template, .xlsx (administrators)")
            .WithDescription("One row per department, the hospital's columns repeated: 医院名称, 英文名称, 级别, 类型, 地区, 科室, 专科; a sheet 填写说明 explains each column.");
        hospitals.MapGet("/template.csv", (ISender sender, CancellationToken ct) => Template(sender, new GetHospitalImportTemplate(ImportFormat.Csv), ct))
            .WithSummary("The hospital import template, CSV UTF-8 (administrators)");
        hospitals.MapPost("/preview", PreviewHospitals).DisableAntiforgery().Upload()
            .WithSummary("What importing a hospitals file would do, row by row; changes nothing (administrators)")
            .WithDescription("Each row with its action (Create: a new hospital and/or department, Skip: already there, Invalid) and its problems." + Limits);
        hospitals.MapPost("/", ImportHospitals).DisableAntiforgery().Upload()
            .WithSummary("Import hospitals and their departments, all or nothing (administrators)")
            .WithDescription("The hospital's name is the key: a hospital already there is not changed and gets only the departments it lacks (by name). Any row with a problem: nothing is imported, 400 `import_rows_invalid` with the extension member `rows`." + Limits);
        return app;
    }

    private static RouteHandlerBuilder Upload(this RouteHandlerBuilder route) =>
        route.ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Template(
        ISender sender, IQuery<Result<ImportTemplateFile>> query, CancellationToken cancellationToken)
    {
        var template = await sender.Send(query, cancellationToken);
        return template.IsSuccess
            ? TypedResults.File(template.Value.Content, template.Value.ContentType, template.Value.FileName)
            : template.Error.ToProblem();
    }

    private static async Task<Results<Ok<ImportPreviewResponse>, ProblemHttpResult>> PreviewStaff(
        IFormFile? file, ISender sender, CancellationToken cancellationToken)
    {
        var content = await Read(file, cancellationToken);
        return content.IsSuccess
            ? (await sender.Send(new PreviewStaffImport(content.Value), cancellationToken)).ToOk()
            : content.Error.ToProblem();
    }

    private static async Task<Results<Ok<StaffImportResponse>, ProblemHttpResult>> ImportStaff(
        IFormFile? file, ISender sender, CancellationToken cancellationToken)
    {
        var content = await Read(file, cancellationToken);
        return content.IsSuccess
            ? (await sender.Send(new ImportStaff(content.Value), cancellationToken)).ToOk()
            : content.Error.ToProblem();
    }

    private static async Task<Results<Ok<ImportPreviewResponse>, ProblemHttpResult>> PreviewHospitals(
        IFormFile? file, ISender sender, CancellationToken cancellationToken)
    {
        var content = await Read(file, cancellationToken);
        return content.IsSuccess
            ? (await sender.Send(new PreviewHospitalImport(content.Value), cancellationToken)).ToOk()
            : content.Error.ToProblem();
    }

    private static async Task<Results<Ok<HospitalImportResponse>, ProblemHttpResult>> ImportHospitals(
        IFormFile? file, ISender sender, CancellationToken cancellationToken)
    {
        var content = await Read(file, cancellationToken);
        return content.IsSuccess
            ? (await sender.Send(new ImportHospitals(content.Value), cancellationToken)).ToOk()
            : content.Error.ToProblem();
    }

    /// <summary>The uploaded file's bytes; one over the size limit is refused before it is read into memory.</summary>
    private static async Task<Result<byte[]>> Read(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return Error.Validation("file", "Choose a file to import (the multipart form field 'file').");
        }

        if (file.Length > ImportFile.MaxBytes)
        {
            return Error.TooLarge("file_too_large", $"The file is larger than {ImportFile.MaxBytes / (1024 * 1024)} MB.");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
