using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Infrastructure.Persistence;

namespace SpecialtyAlliance.Testing;

/// <summary>The demo alliance's people and hospitals by name, as every test project signs in and looks them up.</summary>
public static class DemoPeople
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
}

/// <summary>Reaching into the host's own database, for a test's setup and for checking what was stored.</summary>
public static class AllianceData
{
    /// <summary>Runs <paramref name="work"/> against the host's own database context.</summary>
    public static async Task<T> Db<T>(this AllianceApi api, Func<AllianceDbContext, Task<T>> work)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AllianceDbContext>());
    }

    public static Task<Guid> StaffIdAsync(this AllianceApi api, string email) =>
        api.Db(db => db.Staff.Where(s => s.Email == email).Select(s => s.Id).SingleAsync());

    public static Task<Guid> HospitalId(this AllianceApi api, string name) =>
        api.Db(db => db.Hospitals.Where(h => h.Name == name).Select(h => h.Id).SingleAsync());

    public static Task<Guid> DepartmentId(this AllianceApi api, string hospital, string specialty) =>
        api.Db(db => (from d in db.Departments
                      join h in db.Hospitals on d.HospitalId equals h.Id
                      where h.Name == hospital && d.SpecialtyCode == specialty
                      select d.Id).SingleAsync());
}
