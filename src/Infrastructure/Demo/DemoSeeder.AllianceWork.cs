using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Domain.Activities;
using SpecialtyAlliance.Domain.Alliances;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Rotations;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Domain.TechnologyGaps;
using SpecialtyAlliance.Infrastructure.Identity;

namespace SpecialtyAlliance.Infrastructure.Demo;

/// <summary>
/// The alliance's work from the case (domain note 004): Langao's critical-care unit built with a resident expert who
/// then heads it for a year and a two-month nursing mentor; Ziyang's first cerebral angiography and ultrasound-guided
/// thyroid puncture; the eight cardiology techniques at Shiquan; inbound advanced study; support requests answered and
/// open; joint activities of every kind over the last two years. Dates are relative to today. All people are fictional.
/// </summary>
public sealed partial class DemoSeeder
{
    /// <summary>The sign-ins this part adds (DEMO ONLY, password <see cref="DemoPassword"/>): the clinicians who rotate, and Shiquan's coordinator.</summary>
    public static IReadOnlyList<(string Email, StaffRole Role, string Description)> AllianceWorkDemoUsers { get; } =
    [
        ("icu.resident@ankang.demo", StaffRole.Specialist, "city critical care, Langao's temporary ICU head (重症医学科)"),
        ("nurse.icu@ankang.demo", StaffRole.Specialist, "city nursing, Langao's ICU nursing mentor (护理部)"),
        ("neuro.expert@ankang.demo", StaffRole.Specialist, "city neurology, resident expert at Ziyang (神经内科)"),
        ("ultrasound@ankang.demo", StaffRole.Specialist, "city ultrasound, head of department (超声医学科)"),
        ("cardio.expert@ankang.demo", StaffRole.Specialist, "city cardiology, resident expert at Shiquan (心血管内科)"),
        ("coordinator@shiquan.demo", StaffRole.Coordinator, "Shiquan county hospital coordinator (石泉县医院)"),
    ];

    private async Task SeedAllianceWorkAsync(DemoNetwork network, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = clock.Today();
        DateOnly Day(int offset) => today.AddDays(offset);

        var city = network.City.Id;
        var cityDepartments = network.CityDepartments;
        var counties = network.Counties;
        var countyDepartments = network.CountyDepartments;

        // The clinicians who rotate, and Shiquan's coordinator (the county declares its own gaps).
        var staff = await CreateAllianceWorkUsersAsync(network, cancellationToken);
        async Task<Guid> Existing(string email) => await db.Staff.Where(s => s.Email == email).Select(s => s.Id).SingleAsync(cancellationToken);
        var admin = await Existing("admin@ankang.demo");
        var cityCoordinator = await Existing("coordinator@ankang.demo");
        var langaoCoordinator = await Existing("coordinator@langao.demo");
        var ziyangCoordinator = await Existing("coordinator@ziyang.demo");
        var icuHead = await Existing("icu@ankang.demo");
        var cardiologyHead = await Existing("cardiology@ankang.demo");
        var langaoDoctor = await Existing("doctor@langao.demo");
        var ziyangDoctor = await Existing("doctor@ziyang.demo");
        var shiquanDoctor = await Existing("doctor@shiquan.demo");
        var icuResident = staff["icu.resident@ankang.demo"];
        var nurse = staff["nurse.icu@ankang.demo"];
        var neuroExpert = staff["neuro.expert@ankang.demo"];
        var ultrasoundHead = staff["ultrasound@ankang.demo"];
        var cardioExpert = staff["cardio.expert@ankang.demo"];
        var shiquanCoordinator = staff["coordinator@shiquan.demo"];

        // Support requests: answered ones (the rotations below), and two still open.
        SupportRequest Ask(string county, string? department, Specialty specialty, string need, int months, Guid by, int daysAgo, bool answered)
        {
            var request = Add(SupportRequest.Create(
                counties[county].Id, department is null ? null : countyDepartments[department].Id, specialty.Code, need, months, by, now.AddDays(-daysAgo)));
            if (answered)
            {
                request.Answer(now.AddDays(-daysAgo + 20));
            }

            return request;
        }

        var langaoIcu = Ask("langao", "langao-icu", Specialty.CriticalCare,
            "组建重症医学科：布局流程、施工图纸把关、建章立制、人员培训与技术支持，开科后需临时负责人带教。", 12, langaoCoordinator, 600, answered: true);
        var ziyangNeuro = Ask("ziyang", "ziyang-neurology", Specialty.Neurology,
            "开展神经介入：脑血管造影及脑出血外科救治，提升卒中救治能力。", 6, ziyangCoordinator, 430, answered: true);
        var ziyangUltrasound = Ask("ziyang", "ziyang-ultrasound", Specialty.Ultrasound,
            "开展彩超引导下甲状腺穿刺活检。", 1, ziyangCoordinator, 270, answered: true);
        var shiquanCardio = Ask("shiquan", "shiquan-cardiology", Specialty.Cardiology,
            "心内科介入技术帮扶：起搏器植入、冠脉介入、射频消融等新技术。", 24, shiquanCoordinator, 720, answered: true);
        Ask("langao", "langao-medicine", Specialty.Cardiology, "胸痛中心建设：心电图远程判读与急诊PCI转运流程。", 3, langaoCoordinator, 20, answered: false);
        Ask("pingli", "pingli-gastro", Specialty.Gastroenterology, "消化内镜诊疗技术培训：无痛胃肠镜与内镜下止血。", 6, admin, 12, answered: false);

        // Rotations, oldest first; each moved through its lifecycle as it happened.
        AssistanceRotation Rotate(
            Guid clinician, Guid home, Department homeDepartment, Department hostDepartment, RotationRole role, int from, int to, string objectives, SupportRequest? answers, RotationStatus status)
        {
            var rotation = Add(AssistanceRotation.Plan(
                clinician, home, homeDepartment.Id, hostDepartment.HospitalId, hostDepartment.Id, role, Day(from), Day(to), objectives, answers?.Id, cityCoordinator, now));
            if (status is RotationStatus.Active or RotationStatus.Completed)
            {
                rotation.Start(now);
            }

            if (status == RotationStatus.Completed)
            {
                rotation.Complete(now);
            }

            return rotation;
        }

        var cityIcu = cityDepartments["critical-care"];
        Rotate(icuResident, city, cityIcu, countyDepartments["langao-icu"], RotationRole.ResidentExpert, -560, -441,
            "常驻一线：科室布局流程、施工图纸把关、建章立制、人员培训，四个月内建成开科。", langaoIcu, RotationStatus.Completed);
        Rotate(langaoDoctor, counties["langao"].Id, countyDepartments["langao-icu"], cityIcu, RotationRole.InboundAdvancedStudy, -520, -341,
            "县医院医护人员到市中心医院重症医学科进修：重症医学思维、机械通气与血流动力学监测。", langaoIcu, RotationStatus.Completed);
        Rotate(icuResident, city, cityIcu, countyDepartments["langao-icu"], RotationRole.TemporaryDepartmentHead, -300, 64,
            "开科后任科室临时负责人一年：手把手带教、面对面业务学习，开展现有设备可开展的全部诊疗项目。", langaoIcu, RotationStatus.Active);
        Rotate(nurse, city, cityDepartments["nursing"], countyDepartments["langao-icu"], RotationRole.NursingMentor, -300, -240,
            "两个月护理帮扶：重症护理常规、院感防控与护理质量管理。", langaoIcu, RotationStatus.Completed);

        var cityNeuro = cityDepartments["neurology"];
        Rotate(neuroExpert, city, cityNeuro, countyDepartments["ziyang-neurology"], RotationRole.ResidentExpert, -400, -221,
            "对口帮扶：开展紫阳县第一台脑血管造影，建立神经介入诊疗流程。", ziyangNeuro, RotationStatus.Completed);
        Rotate(ultrasoundHead, city, cityDepartments["ultrasound"], countyDepartments["ziyang-ultrasound"], RotationRole.VisitingExpert, -200, -186,
            "开展彩超引导下甲状腺穿刺，带教县医院超声科医师。", ziyangUltrasound, RotationStatus.Completed);
        Rotate(neuroExpert, city, cityNeuro, countyDepartments["ziyang-neurology"], RotationRole.ResidentExpert, -40, 10,
            "巩固神经介入技术，举办紫阳县神经介入学术沙龙。", ziyangNeuro, RotationStatus.Active);
        Rotate(ziyangDoctor, counties["ziyang"].Id, countyDepartments["ziyang-neurology"], cityNeuro, RotationRole.InboundAdvancedStudy, 30, 210,
            "进修脑血管病介入诊疗与卒中绿色通道管理。", null, RotationStatus.Planned);

        var cityCardio = cityDepartments["cardiology"];
        Rotate(cardioExpert, city, cityCardio, countyDepartments["shiquan-cardiology"], RotationRole.ResidentExpert, -700, -341,
            "常驻石泉县医院心内科：起搏器植入与冠脉介入技术带教。", shiquanCardio, RotationStatus.Completed);
        Rotate(shiquanDoctor, counties["shiquan"].Id, countyDepartments["shiquan-cardiology"], cityCardio, RotationRole.InboundAdvancedStudy, -600, -421,
            "进修心血管介入：冠脉造影、支架植入与临时起搏。", shiquanCardio, RotationStatus.Completed);
        Rotate(cardioExpert, city, cityCardio, countyDepartments["shiquan-cardiology"], RotationRole.ResidentExpert, -120, 245,
            "继续帮扶：射频消融、先心病介入封堵与腔内影像指导下复杂冠脉介入。", shiquanCardio, RotationStatus.Active);

        // Technology gaps: Ziyang's firsts, Shiquan's eight cardiology techniques, and some still open.
        TechnologyGap Gap(string county, Specialty specialty, string technique, GapScope scope, GapPriority priority, int identified, Guid declaredBy)
        {
            return Add(TechnologyGap.Declare(
                counties[county].Id, specialty.Code, technique, null, scope, priority, Day(identified), null, declaredBy, now));
        }

        void Fill(TechnologyGap gap, Department mentoring, Guid mentor, int target, int? firstCase, string? operatorName, Guid? operatorId, string? caseReference, int? established)
        {
            gap.Plan(mentoring.HospitalId, mentoring.Id, mentor, Day(target), now);
            if (firstCase is { } performed)
            {
                gap.RecordFirstCase(Day(performed), operatorName!, operatorId, mentor, caseReference!, now);
            }

            if (established is { } on)
            {
                gap.Establish(Day(on), now);
            }
        }

        Fill(Gap("ziyang", Specialty.Neurology, "全脑血管造影术（DSA）", GapScope.County, GapPriority.High, -420, ziyangCoordinator),
            cityNeuro, neuroExpert, -250, -300, "周文华", ziyangDoctor, "ZY-DSA-0001", -120);
        Fill(Gap("ziyang", Specialty.Ultrasound, "彩超引导下甲状腺细针穿刺活检", GapScope.Hospital, GapPriority.Medium, -260, ziyangCoordinator),
            cityDepartments["ultrasound"], ultrasoundHead, -180, -192, "邱雅琳", null, "ZY-US-0001", -60);
        Gap("ziyang", Specialty.Neurology, "颅内动脉瘤介入栓塞术", GapScope.County, GapPriority.Medium, -90, ziyangCoordinator);

        var shiquan = new (string Technique, int Identified, int Target, int? FirstCase, int? Established)[]
        {
            ("临时心脏起搏器植入术", -690, -620, -640, -500),
            ("单腔、双腔永久性心脏起搏器植入术", -690, -540, -560, -380),
            ("冠状动脉造影术", -690, -600, -620, -450),
            ("冠状动脉支架植入术", -690, -500, -530, null),
            ("室上性心动过速射频消融术", -600, -300, -330, null),
            ("下腔静脉滤器植入术", -600, -180, -200, null),
            ("先天性心脏病介入封堵术", -600, 60, null, null),
            ("血管内超声（IVUS）和光学相干断层成像（OCT）指导下复杂冠脉介入治疗", -400, -20, null, null),
        };
        var caseNumber = 0;
        foreach (var (technique, identified, target, firstCase, established) in shiquan)
        {
            var gap = Gap("shiquan", Specialty.Cardiology, technique, GapScope.County, GapPriority.High, identified, shiquanCoordinator);
            Fill(gap, cityCardio, cardioExpert, target, firstCase, "孙建国", shiquanDoctor, $"SQ-CV-{++caseNumber:0000}", established);
        }

        Gap("langao", Specialty.CriticalCare, "床旁连续性肾脏替代治疗（CRRT）", GapScope.Hospital, GapPriority.High, -50, langaoCoordinator);
        var bronchoscopy = Gap("langao", Specialty.CriticalCare, "床旁纤维支气管镜检查与灌洗", GapScope.Hospital, GapPriority.Medium, -70, langaoCoordinator);
        bronchoscopy.Plan(city, cityIcu.Id, icuHead, Day(30), now);
        Gap("pingli", Specialty.Gastroenterology, "无痛胃肠镜检查", GapScope.Hospital, GapPriority.Medium, -150, admin);
        Gap("baihe", Specialty.Endocrinology, "胰岛素泵强化治疗", GapScope.Hospital, GapPriority.Low, -300, admin)
            .Abandon("县医院近期无相关设备采购计划，改为转诊至市中心医院内分泌科。", now);

        // Joint activities of every kind over the last two years.
        var branches = await db.PartyBranches.Where(b => b.HospitalId == city).ToDictionaryAsync(b => b.Name, b => b.Id, cancellationToken);
        void Activity(ActivityKind kind, string title, int daysAgo, string place, bool live, string[] hospitals, string[] cityBranches, int participants, int reached, string summary) =>
            Add(JointActivity.Record(
                kind, title, Day(-daysAgo), place, live,
                [city, .. hospitals.Select(h => counties[h].Id)],
                [.. cityBranches.Select(b => branches[b])],
                participants, reached, summary, cityCoordinator, now));

        Activity(ActivityKind.ThemePartyDay, "“党建+专科联盟”主题党日：重温入党誓词", 500, "岚皋县人民医院", false, ["langao"], ["重症医学科党支部"], 42, 42,
            "市县两级医院党支部联合开展主题党日，重温入党誓词，交流支部建在科室上的做法。");
        Activity(ActivityKind.PartyAffairsTraining, "联盟医院党支部书记党务工作培训", 400, "安康市中心医院", false, ["langao", "ziyang", "shiquan"], ["心血管内科党支部", "神经内科党支部"], 45, 45,
            "讲解支部规范化建设、“三会一课”与“一支部一品牌”，交流党建与业务融合的经验。");
        Activity(ActivityKind.SurgicalTeaching, "经桡动脉冠脉介入手术教学", 330, "石泉县医院导管室", false, ["shiquan"], ["心血管内科党支部"], 12, 25,
            "市中心医院心内科专家现场带教冠脉造影与支架植入，讲解并发症预防。");
        Activity(ActivityKind.TeachingRounds, "神经内科联合教学查房", 320, "紫阳县人民医院神经内科", false, ["ziyang"], ["神经内科党支部"], 16, 28,
            "围绕急性缺血性卒中静脉溶栓与取栓转运病例开展床旁教学查房。");
        Activity(ActivityKind.AcademicForum, "紫阳县神经介入学术沙龙", 280, "紫阳县人民医院", false, ["ziyang"], ["神经内科党支部"], 35, 80,
            "传播国际国内脑卒中前沿知识，提升县域神经介入认知水平。");
        Activity(ActivityKind.ThemePartyDay, "“党建+专科联盟”主题党日活动", 250, "汉阴县双河口镇", false, ["hanyin"], ["心血管内科党支部", "神经内科党支部"], 98, 98,
            "市县镇村“四级联动”，近百名党员干部及医疗专家参观红色基地、接受革命洗礼。");
        Activity(ActivityKind.FreeClinic, "“党建+专科联盟”主题义诊", 250, "汉阴县双河口镇斑竹村", false, ["hanyin"], ["心血管内科党支部", "神经内科党支部", "内分泌科党支部"], 24, 310,
            "为基层群众送医送药、提供健康咨询，测血压血糖、讲解慢病用药。");
        Activity(ActivityKind.TeachingRounds, "重症医学科教学查房", 200, "岚皋县人民医院重症医学科", false, ["langao"], ["重症医学科党支部"], 18, 30,
            "带教重症医学思维：休克的早期识别与液体复苏。");
        Activity(ActivityKind.AcademicForum, "第十六届安康市心血管年会暨第八届秦巴心血管病论坛", 170, "紫阳县", true, ["ziyang", "shiquan"], ["心血管内科党支部", "护理党支部"], 60, 300,
            "2个直播频道、9个分论坛和学术单元，线上线下结合开展业务培训、学术交流与手术直播。");
        Activity(ActivityKind.FreeClinic, "心血管疾病筛查义诊", 60, "石泉县城关镇", false, ["shiquan"], ["心血管内科党支部"], 15, 260,
            "开展心电图与血脂筛查，宣教胸痛早期识别和急救呼叫。");

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Dictionary<string, Guid>> CreateAllianceWorkUsersAsync(DemoNetwork network, CancellationToken cancellationToken)
    {
        var city = network.City.Id;
        var people = new (string Email, string Name, Guid HospitalId, Guid? DepartmentId, StaffRole Role, string Title)[]
        {
            ("icu.resident@ankang.demo", "程立峰", city, network.CityDepartments["critical-care"].Id, StaffRole.Specialist, "高年资主治医师"),
            ("nurse.icu@ankang.demo", "唐雪梅", city, network.CityDepartments["nursing"].Id, StaffRole.Specialist, "主管护师"),
            ("neuro.expert@ankang.demo", "韦振华", city, network.CityDepartments["neurology"].Id, StaffRole.Specialist, "副主任医师"),
            ("ultrasound@ankang.demo", "石晓岚", city, network.CityDepartments["ultrasound"].Id, StaffRole.Specialist, "主任医师"),
            ("cardio.expert@ankang.demo", "欧阳建平", city, network.CityDepartments["cardiology"].Id, StaffRole.Specialist, "副主任医师"),
            ("coordinator@shiquan.demo", "冯玉兰", network.Counties["shiquan"].Id, null, StaffRole.Coordinator, "医务科科长"),
        };

        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
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
            ids[person.Email] = user.Id;
        }

        await db.SaveChangesAsync(cancellationToken);

        // Ultrasound medicine had no head among the first demo users.
        var ultrasound = await db.Departments.SingleAsync(d => d.Id == network.CityDepartments["ultrasound"].Id, cancellationToken);
        ultrasound.AssignHead(ids["ultrasound@ankang.demo"]);
        return ids;
    }
}
