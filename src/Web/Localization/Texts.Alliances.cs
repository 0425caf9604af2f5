namespace SpecialtyAlliance.Web.Localization;

/// <summary>The alliance network: hospitals, departments, party branches, pairings.</summary>
public sealed partial class Texts
{
    // Hospitals.
    public string HospitalsTitle => P("联盟医院", "Alliance hospitals");

    public string NameLabel => P("名称", "Name");

    public string HospitalNameZh => P("中文名称", "Name in Chinese");

    public string HospitalNameEn => P("英文名称", "Name in English");

    public string TierLabel => P("级别", "Tier");

    public string KindLabel => P("类型", "Kind");

    public string Region => P("地区", "Region");

    public string AddHospital => P("新增医院", "Add hospital");

    public string EditHospital => P("编辑医院", "Edit hospital");

    public string HospitalSaved => P("医院信息已保存。", "The hospital is saved.");

    public string HospitalCreated => P("医院已创建。", "The hospital is created.");

    public string HospitalCount(int count) => P($"共 {count} 家", $"{count} in all");

    // Departments.
    public string Departments => P("科室", "Departments");

    public string DepartmentNameLabel => P("科室名称", "Department name");

    public string SpecialtyLabel => P("专科", "Specialty");

    public string Specialties => P("专科", "Specialties");

    public string DepartmentHead => P("科主任", "Head");

    public string HasHead => P("已指定", "Assigned");

    public string NoDepartments => P("还没有科室。", "No departments yet.");

    public string AddDepartment => P("新增科室", "Add department");

    public string DepartmentAdded(string name) => P($"已新增科室“{name}”。", $"Department “{name}” added.");

    // Party branches.
    public string PartyBranches => P("党支部", "Party branches");

    public string BranchName => P("党支部名称", "Branch name");

    public string Secretary => P("支部书记", "Secretary");

    public string MemberCount => P("党员人数", "Members");

    public string BranchDepartments => P("所在科室", "Departments");

    public string NoBranches => P("还没有党支部。", "No party branches yet.");

    public string AddBranch => P("新增党支部", "Add party branch");

    public string BranchAdded(string name) => P($"已新增党支部“{name}”。", $"Party branch “{name}” added.");

    public string ManageHint => P("您可以为本院新增科室和党支部。", "You can add departments and party branches to your hospital.");

    // Pairings.
    public string PairingsTitle => P("结对关系", "Alliance pairings");

    public string PairingTitle => P("结对详情", "Pairing");

    public string CityDepartment => P("市级科室", "City department");

    public string CityPartyBranch => P("市级党支部", "City party branch");

    public string CountyHospital => P("县级医院", "County hospital");

    public string CountyDepartment => P("县级科室", "County department");

    public string AgreementDate => P("协议签订日期", "Agreement date");

    public string Goals => P("共建目标", "Goals");

    public string StatusLabel => P("状态", "Status");

    public string StatusSince(string when) => P($"自 {when} 起", $"since {when}");

    public string HospitalFilter => P("医院", "Hospital");

    public string NoPairings => P("没有符合条件的结对关系。", "No pairings match.");

    public string ProposePairing => P("发起结对", "Propose pairing");

    public string ProposePairingIntro => P(
        "结对由市级中心医院的一个科室与一家县级医院签订；提交后为“拟结对”，启用后县级医院即可向这些专科申请会诊。",
        "A pairing joins a city center department and a county hospital. It starts as Proposed; once activated, the county hospital can request consultations in its specialties.");

    public string SelectCityHospitalFirst => P("请选择市级科室", "Choose a city department");

    public string SelectCountyHospitalFirst => P("请先选择县级医院", "Choose the county hospital first");

    public string PairingProposed => P("已发起结对，当前状态为“拟结对”。", "The pairing is proposed.");

    public string Activate => P("启用", "Activate");

    public string Suspend => P("暂停", "Suspend");

    public string End => P("终止", "End");

    public string EndConfirmTitle => P("终止结对？", "End this pairing?");

    public string EndConfirmText => P(
        "终止后不可恢复，县级医院将不能再通过该结对申请会诊。",
        "Ending is final: the county hospital can no longer request consultations through this pairing.");

    public string PairingMoved(string status) => P($"结对状态已改为“{status}”。", $"The pairing is now {status}.");

    public string NoActions => P("该结对已终止，不能再改变状态。", "This pairing has ended; its status can no longer change.");

    public string AdminOnlyActions => P("只有联盟管理员可以改变结对状态。", "Only alliance administrators change a pairing's status.");

    public string Scorecard => P("结对评分卡", "Pairing scorecard");
}
