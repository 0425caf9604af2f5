using Mediator;
using SpecialtyAlliance.Application.Common.Imports;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Alliances;

/// <summary>The hospital import's template (.xlsx with an explanation sheet, or CSV): Chinese headers and example rows.</summary>
[RequireRoles(StaffRole.Administrator)]
public sealed record GetHospitalImportTemplate(ImportFormat Format) : IQuery<Result<ImportTemplateFile>>;

public sealed class GetHospitalImportTemplateHandler : IQueryHandler<GetHospitalImportTemplate, Result<ImportTemplateFile>>
{
    public ValueTask<Result<ImportTemplateFile>> Handle(GetHospitalImportTemplate query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<ImportTemplateFile>>(ImportTemplate.Write(
            query.Format,
            "医院导入模板",
            "医院与科室",
            HospitalImportPlan.Layout,
            [
                ["平利县人民医院", "Pingli County People's Hospital", "县医院", "综合医院", "平利县", "心血管内科", "心血管内科"],
                ["平利县人民医院", "Pingli County People's Hospital", "县医院", "综合医院", "平利县", "重症医学科", "重症医学科"],
            ]));
}
