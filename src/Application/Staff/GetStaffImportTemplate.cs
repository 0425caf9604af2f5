using Mediator;
using SpecialtyAlliance.Application.Common.Imports;
using SpecialtyAlliance.Application.Common.Messaging;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>The staff import's template (.xlsx with an explanation sheet, or CSV): Chinese headers and example rows.</summary>
[RequireRoles(StaffRole.Administrator, StaffRole.Coordinator)]
public sealed record GetStaffImportTemplate(ImportFormat Format) : IQuery<Result<ImportTemplateFile>>;

public sealed class GetStaffImportTemplateHandler : IQueryHandler<GetStaffImportTemplate, Result<ImportTemplateFile>>
{
    public ValueTask<Result<ImportTemplateFile>> Handle(GetStaffImportTemplate query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<ImportTemplateFile>>(ImportTemplate.Write(
            query.Format,
            "人员导入模板",
            "人员",
            StaffImportPlan.Layout,
            [
                ["王建国", "主任医师", "wang.jianguo@example.cn", "13800000001", "安康市中心医院", "心血管内科", "专家", "是", "心血管内科", "是"],
                ["李秀英", "主治医师", "li.xiuying@example.cn", "13800000002", "岚皋县人民医院", "重症医学科", "医生", "否", null, "否"],
            ]));
}
