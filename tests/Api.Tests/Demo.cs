using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests;

/// <summary>The demo sign-ins and look-ups of demo records by name, for readable tests.</summary>
internal static class Demo
{
    public const string Admin = "admin@ankang.demo";
    public const string CityCoordinator = "coordinator@ankang.demo";
    public const string CardiologySpecialist = "cardiology@ankang.demo";
    public const string IcuSpecialist = "icu@ankang.demo";
    public const string ShiquanClinician = "doctor@shiquan.demo";
    public const string ZiyangClinician = "doctor@ziyang.demo";
    public const string LangaoClinician = "doctor@langao.demo";
    public const string LangaoCoordinator = "coordinator@langao.demo";
    public const string ZiyangCoordinator = "coordinator@ziyang.demo";

    public const string City = "安康市中心医院";
    public const string Langao = "岚皋县人民医院";
    public const string Ziyang = "紫阳县人民医院";
    public const string Shiquan = "石泉县医院";
    public const string ZiyangTcm = "紫阳县中医医院";
    public const string Ningshan = "宁陕县医院";

    public static async Task<Guid> HospitalId(this AllianceApi api, string name)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        return await db.Hospitals.Where(h => h.Name == name).Select(h => h.Id).SingleAsync();
    }

    public static async Task<Guid> DepartmentId(this AllianceApi api, string hospital, string specialty)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        return await (from d in db.Departments
                      join h in db.Hospitals on d.HospitalId equals h.Id
                      where h.Name == hospital && d.SpecialtyCode == specialty
                      select d.Id).SingleAsync();
    }

    /// <summary>Runs <paramref name="work"/> against the host's own database context (for setup and for checking what was stored).</summary>
    public static async Task<T> Db<T>(this AllianceApi api, Func<AllianceDbContext, Task<T>> work)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AllianceDbContext>());
    }
}
