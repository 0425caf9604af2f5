using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests;

/// <summary>The demo sign-ins and hospitals by name, for readable tests (look-ups: <see cref="AllianceData"/>).</summary>
internal static class Demo
{
    public const string Admin = DemoPeople.Admin;
    public const string CityCoordinator = DemoPeople.CityCoordinator;
    public const string CardiologySpecialist = DemoPeople.CardiologySpecialist;
    public const string IcuSpecialist = DemoPeople.IcuSpecialist;
    public const string ShiquanClinician = DemoPeople.ShiquanClinician;
    public const string ZiyangClinician = DemoPeople.ZiyangClinician;
    public const string LangaoClinician = DemoPeople.LangaoClinician;
    public const string LangaoCoordinator = DemoPeople.LangaoCoordinator;
    public const string ZiyangCoordinator = DemoPeople.ZiyangCoordinator;

    public const string City = "安康市中心医院";
    public const string Langao = "岚皋县人民医院";
    public const string Ziyang = "紫阳县人民医院";
    public const string Shiquan = "石泉县医院";
    public const string ZiyangTcm = "紫阳县中医医院";
    public const string Ningshan = "宁陕县医院";
}
