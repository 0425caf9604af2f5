using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Infrastructure.Identity;
using SpecialtyAlliance.Infrastructure.Persistence;

namespace SpecialtyAlliance.Infrastructure.Demo;

/// <summary>
/// Loads the Ankang alliance of the domain notes into an empty database: the city center hospital with
/// its departments and party branches, the county and TCM hospitals by their real county names, the
/// pairings between them, and demo users of every role. All people are fictional.
/// </summary>
public sealed partial class DemoSeeder(
    AllianceDbContext db, UserManager<AppUser> userManager, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    /// <summary>DEMO ONLY — the password of every demo account; printed at start. Never use it for real accounts.</summary>
    public const string DemoPassword = "Demo#2026";

    /// <summary>The demo sign-ins, printed at start: email, role, who.</summary>
    public static IReadOnlyList<(string Email, StaffRole Role, string Description)> DemoUsers { get; } =
    [
        ("admin@ankang.demo", StaffRole.Administrator, "alliance administrator (联盟管理员)"),
        ("coordinator@ankang.demo", StaffRole.Coordinator, "city center hospital, medical affairs (医务科)"),
        ("cardiology@ankang.demo", StaffRole.Specialist, "city cardiology specialist (心血管内科)"),
        ("icu@ankang.demo", StaffRole.Specialist, "city critical-care specialist (重症医学科)"),
        ("neurology@ankang.demo", StaffRole.Specialist, "city neurology specialist (神经内科)"),
        ("doctor@shiquan.demo", StaffRole.Clinician, "Shiquan county hospital clinician (石泉县医院)"),
        ("doctor@ziyang.demo", StaffRole.Clinician, "Ziyang county hospital clinician (紫阳县人民医院)"),
        ("doctor@langao.demo", StaffRole.Clinician, "Langao county hospital ICU clinician (岚皋县人民医院)"),
        ("doctor@hanyin.demo", StaffRole.Clinician, "Hanyin county hospital clinician (汉阴县人民医院)"),
        ("coordinator@langao.demo", StaffRole.Coordinator, "Langao county hospital coordinator (岚皋县人民医院)"),
        ("coordinator@ziyang.demo", StaffRole.Coordinator, "Ziyang county hospital coordinator (紫阳县人民医院)"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Hospitals.AnyAsync(cancellationToken))
        {
            return;
        }

        LogSeeding(logger);
        var network = BuildNetwork();
        await db.SaveChangesAsync(cancellationToken);
        await CreateUsersAsync(network, cancellationToken);
        await SeedAllianceWorkAsync(network, cancellationToken);
        await SeedConsultationsAsync(network, cancellationToken);

        // Every demo person has a password: they have all joined.
        foreach (var staff in await db.Staff.Where(s => s.JoinedAt == null).ToListAsync(cancellationToken))
        {
            staff.MarkJoined(clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// An account with the demo password. The demo password is shorter than the password policy asks (it is printed on
    /// the banner), so it is set directly, bypassing the policy — for demo and test people only.
    /// </summary>
    public static Task<IdentityResult> CreateDemoAccountAsync(UserManager<AppUser> users, AppUser user)
    {
        user.PasswordHash = users.PasswordHasher.HashPassword(user, DemoPassword);
        return users.CreateAsync(user);
    }

    private DemoNetwork BuildNetwork()
    {
        var now = clock.GetUtcNow();
        var city = Add(Hospital.Create("安康市中心医院", "Ankang Central Hospital", HospitalTier.CityCenter, HospitalKind.General, "安康市"));

        var cityDepartments = new Dictionary<string, Department>
        {
            ["cardiology"] = Add(Department.Create(city.Id, "心血管内科", Specialty.Cardiology.Code)),
            ["critical-care"] = Add(Department.Create(city.Id, "重症医学科", Specialty.CriticalCare.Code)),
            ["neurology"] = Add(Department.Create(city.Id, "神经内科", Specialty.Neurology.Code)),
            ["stroke"] = Add(Department.Create(city.Id, "卒中中心", Specialty.Stroke.Code)),
            ["gastroenterology"] = Add(Department.Create(city.Id, "消化内科", Specialty.Gastroenterology.Code)),
            ["orthopedics"] = Add(Department.Create(city.Id, "骨科", Specialty.Orthopedics.Code)),
            ["endocrinology"] = Add(Department.Create(city.Id, "内分泌科", Specialty.Endocrinology.Code)),
            ["ultrasound"] = Add(Department.Create(city.Id, "超声医学科", Specialty.Ultrasound.Code)),
            ["general-surgery"] = Add(Department.Create(city.Id, "普通外科", Specialty.GeneralSurgery.Code)),
            ["nursing"] = Add(Department.Create(city.Id, "护理部", Specialty.Nursing.Code)),
        };

        PartyBranch Branch(string name, string secretary, int members, params string[] departments) =>
            Add(PartyBranch.Create(city.Id, name, secretary, members, [.. departments.Select(d => cityDepartments[d].Id)]));

        var branches = new Dictionary<string, PartyBranch>
        {
            ["cardiology"] = Branch("心血管内科党支部", "韩志强", 28, "cardiology"),
            ["critical-care"] = Branch("重症医学科党支部", "邓晓红", 22, "critical-care"),
            ["neurology"] = Branch("神经内科党支部", "曹振宇", 25, "neurology", "stroke"),
            ["gastroenterology"] = Branch("消化内科党支部", "彭丽华", 19, "gastroenterology"),
            ["orthopedics"] = Branch("骨科党支部", "蒋国栋", 24, "orthopedics"),
            ["endocrinology"] = Branch("内分泌科党支部", "沈雅琴", 15, "endocrinology"),
            ["ultrasound"] = Branch("医技第一党支部", "杜晓东", 30, "ultrasound"),
            ["nursing"] = Branch("护理党支部", "范秀英", 46, "nursing"),
        };

        Hospital County(string name, string nameEn, string region, HospitalKind kind = HospitalKind.General) =>
            Add(Hospital.Create(name, nameEn, HospitalTier.County, kind, region));

        var counties = new Dictionary<string, Hospital>
        {
            ["xunyang-tcm"] = County("旬阳市中医医院", "Xunyang TCM Hospital", "旬阳市", HospitalKind.TraditionalChinese),
            ["hanyin"] = County("汉阴县人民医院", "Hanyin County People's Hospital", "汉阴县"),
            ["langao"] = County("岚皋县人民医院", "Langao County People's Hospital", "岚皋县"),
            ["ziyang"] = County("紫阳县人民医院", "Ziyang County People's Hospital", "紫阳县"),
            ["shiquan"] = County("石泉县医院", "Shiquan County Hospital", "石泉县"),
            ["zhenping"] = County("镇坪县医院", "Zhenping County Hospital", "镇坪县"),
            ["baihe"] = County("白河县医院", "Baihe County Hospital", "白河县"),
            ["pingli"] = County("平利县医院", "Pingli County Hospital", "平利县"),
            ["ningshan"] = County("宁陕县医院", "Ningshan County Hospital", "宁陕县"),
            ["ziyang-tcm"] = County("紫阳县中医医院", "Ziyang TCM Hospital", "紫阳县", HospitalKind.TraditionalChinese),
        };

        var countyDepartments = new Dictionary<string, Department>
        {
            ["shiquan-cardiology"] = Add(Department.Create(counties["shiquan"].Id, "心血管内科", Specialty.Cardiology.Code)),
            ["ziyang-neurology"] = Add(Department.Create(counties["ziyang"].Id, "神经内科", Specialty.Neurology.Code)),
            ["ziyang-ultrasound"] = Add(Department.Create(counties["ziyang"].Id, "超声科", Specialty.Ultrasound.Code)),
            ["langao-icu"] = Add(Department.Create(counties["langao"].Id, "重症医学科", Specialty.CriticalCare.Code)),
            ["langao-medicine"] = Add(Department.Create(counties["langao"].Id, "心血管内科", Specialty.Cardiology.Code)),
            ["hanyin-neurology"] = Add(Department.Create(counties["hanyin"].Id, "神经内科", Specialty.Neurology.Code)),
            ["xunyang-cardiology"] = Add(Department.Create(counties["xunyang-tcm"].Id, "心病科", Specialty.Cardiology.Code)),
            ["pingli-gastro"] = Add(Department.Create(counties["pingli"].Id, "消化内科", Specialty.Gastroenterology.Code)),
            ["zhenping-ortho"] = Add(Department.Create(counties["zhenping"].Id, "骨科", Specialty.Orthopedics.Code)),
            ["baihe-endo"] = Add(Department.Create(counties["baihe"].Id, "内分泌科", Specialty.Endocrinology.Code)),
        };

        AlliancePairing Pair(string cityDepartment, string county, string? countyDepartment, DateOnly signed, string goals, params Specialty[] specialties)
        {
            var pairing = AlliancePairing.Propose(
                city.Id,
                cityDepartments[cityDepartment].Id,
                branches.TryGetValue(cityDepartment, out var branch) ? branch.Id : null,
                counties[county].Id,
                countyDepartment is null ? null : countyDepartments[countyDepartment].Id,
                [.. specialties.Select(s => s.Code)],
                signed,
                goals,
                now);
            return Add(pairing);
        }

        var active = new[]
        {
            Pair("cardiology", "xunyang-tcm", "xunyang-cardiology", new DateOnly(2021, 5, 25), "试点启动：心血管专科共建，远程会诊与胸痛救治。", Specialty.Cardiology),
            Pair("cardiology", "shiquan", "shiquan-cardiology", new DateOnly(2021, 9, 1), "填补石泉县心血管介入技术空白，开展起搏器植入与冠脉介入。", Specialty.Cardiology),
            Pair("critical-care", "langao", "langao-icu", new DateOnly(2021, 7, 1), "帮助岚皋县医院组建重症医学科，常驻专家与护理带教。", Specialty.CriticalCare, Specialty.Nursing),
            Pair("neurology", "ziyang", "ziyang-neurology", new DateOnly(2022, 3, 10), "脑血管病诊治与脑血管造影技术帮扶。", Specialty.Neurology, Specialty.Stroke),
            Pair("ultrasound", "ziyang", "ziyang-ultrasound", new DateOnly(2022, 3, 10), "超声引导下甲状腺穿刺等超声介入技术帮扶。", Specialty.Ultrasound),
            Pair("neurology", "hanyin", "hanyin-neurology", new DateOnly(2022, 3, 26), "卒中绿色通道与远程会诊。", Specialty.Neurology, Specialty.Stroke),
            Pair("critical-care", "hanyin", null, new DateOnly(2022, 6, 1), "危重症患者远程会诊与上转绿色通道。", Specialty.CriticalCare),
            Pair("gastroenterology", "pingli", "pingli-gastro", new DateOnly(2022, 8, 15), "消化内镜诊疗技术培训。", Specialty.Gastroenterology),
            Pair("orthopedics", "zhenping", "zhenping-ortho", new DateOnly(2022, 9, 20), "创伤骨科手术教学与远程会诊。", Specialty.Orthopedics),
            Pair("endocrinology", "baihe", "baihe-endo", new DateOnly(2023, 4, 12), "糖尿病规范化管理与随访。", Specialty.Endocrinology),
        };
        foreach (var pairing in active)
        {
            pairing.Activate(now);
        }

        // Not every pairing is running: one still being negotiated, one paused.
        Pair("general-surgery", "ningshan", null, new DateOnly(2026, 10, 1), "普外科腔镜技术帮扶（协议商议中）。", Specialty.GeneralSurgery);
        var paused = Pair("cardiology", "ziyang-tcm", null, new DateOnly(2023, 1, 5), "心血管远程会诊（因人员调整暂停）。", Specialty.Cardiology);
        paused.Activate(now);
        paused.Suspend(now);

        return new DemoNetwork(city, cityDepartments, counties, countyDepartments);
    }

    private async Task CreateUsersAsync(DemoNetwork network, CancellationToken cancellationToken)
    {
        var people = new (string Email, string Name, StaffRole Role, Guid HospitalId, Guid? DepartmentId, string? Title)[]
        {
            ("admin@ankang.demo", "王立新", StaffRole.Administrator, network.City.Id, null, "联盟办公室主任"),
            ("coordinator@ankang.demo", "赵晓梅", StaffRole.Coordinator, network.City.Id, null, "医务科科长"),
            ("cardiology@ankang.demo", "陈明远", StaffRole.Specialist, network.City.Id, network.CityDepartments["cardiology"].Id, "主任医师"),
            ("icu@ankang.demo", "刘静怡", StaffRole.Specialist, network.City.Id, network.CityDepartments["critical-care"].Id, "副主任医师"),
            ("neurology@ankang.demo", "杨子墨", StaffRole.Specialist, network.City.Id, network.CityDepartments["neurology"].Id, "主任医师"),
            ("doctor@shiquan.demo", "孙建国", StaffRole.Clinician, network.Counties["shiquan"].Id, network.CountyDepartments["shiquan-cardiology"].Id, "主治医师"),
            ("doctor@ziyang.demo", "周文华", StaffRole.Clinician, network.Counties["ziyang"].Id, network.CountyDepartments["ziyang-neurology"].Id, "主治医师"),
            ("doctor@langao.demo", "郑雨桐", StaffRole.Clinician, network.Counties["langao"].Id, network.CountyDepartments["langao-icu"].Id, "住院医师"),
            ("coordinator@langao.demo", "吴海燕", StaffRole.Coordinator, network.Counties["langao"].Id, null, "医务科科长"),
            ("coordinator@ziyang.demo", "黄志刚", StaffRole.Coordinator, network.Counties["ziyang"].Id, null, "医务科科长"),
        };

        foreach (var person in people)
        {
            var user = new AppUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true };
            var created = await CreateDemoAccountAsync(userManager, user);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Could not create demo user {person.Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            db.Staff.Add(StaffMember.Create(user.Id, person.Name, person.Email, person.Role, person.HospitalId, person.DepartmentId, person.Title));
        }

        await db.SaveChangesAsync(cancellationToken);

        // Department heads are told when their department's work is overdue.
        var heads = await db.Staff.Where(s => s.Role == StaffRole.Specialist).ToListAsync(cancellationToken);
        foreach (var head in heads)
        {
            var department = await db.Departments.SingleAsync(d => d.Id == head.DepartmentId, cancellationToken);
            department.AssignHead(head.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private T Add<T>(T entity)
        where T : class
    {
        db.Add(entity);
        return entity;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The database is empty: loading the Ankang demo alliance")]
    private static partial void LogSeeding(ILogger logger);

    private sealed record DemoNetwork(
        Hospital City,
        IReadOnlyDictionary<string, Department> CityDepartments,
        IReadOnlyDictionary<string, Hospital> Counties,
        IReadOnlyDictionary<string, Department> CountyDepartments);
}
