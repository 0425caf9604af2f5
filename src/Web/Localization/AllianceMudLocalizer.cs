using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace SpecialtyAlliance.Web.Localization;

/// <summary>MudBlazor's own few words (close buttons, pagers, date picker) in Chinese; English is MudBlazor's default.</summary>
internal sealed class AllianceMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["MudAlert_Close"] = "关闭",
        ["MudChip_Close"] = "移除",
        ["MudDialog_Close"] = "关闭",
        ["MudSnackbar_Close"] = "关闭",
        ["MudInput_Clear"] = "清除",
        ["MudInput_Increment"] = "增加",
        ["MudInput_Decrement"] = "减少",
        ["MudFormComponent_Required"] = "必填",
        ["MudNavGroup_ToggleExpand"] = "展开或收起",
        ["MudSelect_SelectAll"] = "全选",
        ["MudBaseDatePicker_Open"] = "打开日期选择",
        ["MudBaseDatePicker_NextMonth"] = "下个月",
        ["MudBaseDatePicker_PrevMonth"] = "上个月",
        ["MudBaseDatePicker_NextYear"] = "下一年",
        ["MudBaseDatePicker_PrevYear"] = "上一年",
        ["MudPagination_FirstPage"] = "第一页",
        ["MudPagination_LastPage"] = "最后一页",
        ["MudPagination_NextPage"] = "下一页",
        ["MudPagination_PreviousPage"] = "上一页",
        ["MudPagination_CurrentPage"] = "当前页 {0}",
        ["MudPagination_PageIndex"] = "第 {0} 页",
        ["MudTablePager_FirstPage"] = "第一页",
        ["MudTablePager_LastPage"] = "最后一页",
        ["MudTablePager_NextPage"] = "下一页",
        ["MudTablePager_PreviousPage"] = "上一页",
        ["MudTable_Loading"] = "正在加载…",
    };

    public override LocalizedString this[string key] =>
        CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) && Chinese.TryGetValue(key, out var value)
            ? new LocalizedString(key, value)
            : new LocalizedString(key, key, resourceNotFound: true);
}
