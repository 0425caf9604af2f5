using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Alliances;
using SpecialtyAlliance.Application.Consultations;
using SpecialtyAlliance.Domain.Availability;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using SpecialtyAlliance.Domain.Referrals;
using SpecialtyAlliance.Domain.Staff;
using SpecialtyAlliance.Infrastructure.Identity;
using SpecialtyAlliance.Contracts.Common;

namespace SpecialtyAlliance.Infrastructure.Demo;

/// <summary>
/// Demo teleconsultations: consultations in every state across Shiquan (cardiology), Ziyang (neurology, ultrasound),
/// Langao (critical care) and Hanyin (neurology, stroke, critical care), made through the aggregate's own moves so their
/// history rows and change sequences are what the application would have written; weekday availability for the demo
/// specialists; bookings (the open ones in the future); referrals in each state; a few requests already past their
/// response target (the sweeper escalates them on the first run). Times are relative to the clock at seeding; patient
/// references are pseudonymous codes, and every person is fictional.
/// </summary>
public sealed partial class DemoSeeder
{
    /// <summary>A Hanyin clinician, so Hanyin's requests have a requester (signs in with the demo password).</summary>
    public const string HanyinClinicianEmail = "doctor@hanyin.demo";

    private static readonly ConsultationOptions DemoTargets = new();

    private Persistence.AllianceDbContext Context => db;

    private async Task SeedConsultationsAsync(DemoNetwork network, CancellationToken cancellationToken)
    {
        await CreateHanyinClinicianAsync(network, cancellationToken);
        var people = await db.Staff.ToDictionaryAsync(s => s.Email, cancellationToken);
        var (cardiology, icu, neurology) = (people["cardiology@ankang.demo"], people["icu@ankang.demo"], people["neurology@ankang.demo"]);
        var (shiquan, ziyang, langao, hanyin) = (people["doctor@shiquan.demo"], people["doctor@ziyang.demo"], people["doctor@langao.demo"], people[HanyinClinicianEmail]);
        var cityCoordinator = people["coordinator@ankang.demo"];
        var now = clock.GetUtcNow();
        DateTimeOffset Ago(double hours) => now.AddHours(-hours);

        // Consultations change only inside a transaction: their change sequence is taken under a lock held to the commit.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var specialist in new[] { cardiology, icu, neurology })
        {
            foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
            {
                db.Availability.Add(AvailabilityWindow.Weekly(specialist.Id, day, new TimeOnly(8, 30), new TimeOnly(12, 0)));
                db.Availability.Add(AvailabilityWindow.Weekly(specialist.Id, day, new TimeOnly(14, 30), new TimeOnly(17, 30)));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var script = new ConsultationScript(this, cancellationToken);

        // 石泉县医院 · cardiology → city cardiology (陈明远).
        await script.RequestAsync(shiquan, "cardiology", Urgency.Emergency, "SQ-2026-0147", 68, PatientSex.Male,
            "胸痛3小时，心电图示II、III、aVF导联ST段抬高，肌钙蛋白升高。", "是否立即转诊行急诊PCI？转运途中如何处理？", Ago(0.17));
        var released = await script.RequestAsync(shiquan, "cardiology", Urgency.Routine, "SQ-2026-0152", 57, PatientSex.Female,
            "高血压10年，近1月血压控制不佳，24小时动态血压均值152/94 mmHg。", "降压方案如何调整？", Ago(3));
        await script.ClaimAsync(released, cardiology, Ago(2.5));
        await script.StepAsync(released.Release(cardiology.Id, Ago(2.2), "今日门诊繁忙，退回队列由同事处理。"));
        var claimed = await script.RequestAsync(shiquan, "cardiology", Urgency.Urgent, "SQ-2026-0139", 74, PatientSex.Male,
            "反复晕厥2次，动态心电图示间歇性三度房室传导阻滞。", "是否需要临时起搏器过渡后植入永久起搏器？", Ago(1));
        await script.ClaimAsync(claimed, cardiology, Ago(0.33));
        var scheduled = await script.RequestAsync(shiquan, "cardiology", Urgency.Routine, "SQ-2026-0121", 61, PatientSex.Female,
            "冠脉CTA示前降支近段狭窄约70%，活动后胸闷。", "是否具备冠脉造影及支架植入指征？", Ago(20));
        await script.ClaimAsync(scheduled, cardiology, Ago(18));
        await script.ScheduleAsync(scheduled, cardiology, NextWeekdayAt(now, 1, 10, 0), 30, Ago(17.5));
        var inProgress = await script.RequestAsync(shiquan, "cardiology", Urgency.Urgent, "SQ-2026-0098", 49, PatientSex.Male,
            "阵发性心悸2年，发作时心电图示窄QRS心动过速，心率190次/分。", "射频消融术评估及术前准备？", Ago(30));
        await script.ClaimAsync(inProgress, cardiology, Ago(29));
        await script.ScheduleAsync(inProgress, cardiology, Ago(10.0 / 60), 30, Ago(26));
        await script.StepAsync(inProgress.Start(cardiology.Id, Ago(10.0 / 60)));
        await script.CompleteAsync(
            await script.RequestAsync(shiquan, "cardiology", Urgency.Routine, "SQ-2026-0087", 66, PatientSex.Female,
                "心衰（HFrEF）出院后2周，EF 35%，NYHA II级。", "药物优化方案及随访计划？", Ago(50)),
            cardiology, slotStart: Ago(27), minutes: 30,
            "建议沙库巴曲缬沙坦逐步加量，加用SGLT2抑制剂，监测血钾及肾功能。", Recommendation.FollowUp, followUpDays: 14);
        var referUpShiquan = await script.CompleteAsync(
            await script.RequestAsync(shiquan, "cardiology", Urgency.Urgent, "SQ-2026-0075", 71, PatientSex.Male,
                "不稳定型心绞痛，药物治疗后仍反复发作。", "是否上转行冠脉造影？", Ago(24 * 7)),
            cardiology, slotStart: Ago(24 * 6.5), minutes: 45,
            "建议上转我院心内科行冠脉造影，必要时PCI。", Recommendation.ReferUp, followUpDays: null);
        await script.StepAsync(referUpShiquan.CloseOut(shiquan.Id, 5, referralAvoided: false, Ago(24 * 6)));
        var managedLocally = await script.CompleteAsync(
            await script.RequestAsync(shiquan, "cardiology", Urgency.Routine, "SQ-2026-0064", 45, PatientSex.Female,
                "体检发现室性早搏，24小时约3000次，无明显症状。", "是否需要药物或消融治疗？", Ago(24 * 11)),
            cardiology, slotStart: Ago(24 * 10), minutes: 20,
            "早搏负荷不高，心脏结构正常，建议生活方式调整、定期复查，暂不需特殊治疗。", Recommendation.ManageLocally, followUpDays: null);
        await script.StepAsync(managedLocally.CloseOut(shiquan.Id, 4, referralAvoided: true, Ago(24 * 9.8)));
        var cancelled = await script.RequestAsync(shiquan, "cardiology", Urgency.Routine, "SQ-2026-0159", 80, PatientSex.Male,
            "房颤伴快速心室率，已口服药物控制。", "抗凝方案选择？", Ago(6));
        await script.ClaimAsync(cancelled, cardiology, Ago(5.5));
        await script.ScheduleAsync(cancelled, cardiology, NextWeekdayAt(now, 2, 9, 0), 20, Ago(5));
        await script.CancelAsync(cancelled, shiquan, "患者家属要求直接到市中心医院门诊就诊。", Ago(4));

        // 紫阳县人民医院 · neurology and ultrasound → city neurology (杨子墨), city ultrasound.
        await script.RequestAsync(ziyang, "neurology", Urgency.Urgent, "ZY-2026-0311", 63, PatientSex.Male,
            "右侧肢体无力6小时，头颅CT未见出血，NIHSS 6分。", "是否有血管内治疗指征？是否需要转诊？", Ago(6));
        var infoRequested = await script.RequestAsync(ziyang, "neurology", Urgency.Routine, "ZY-2026-0305", 38, PatientSex.Female,
            "反复头痛伴视物模糊1月。", "是否需要进一步行脑血管造影检查？", Ago(26));
        await script.ClaimAsync(infoRequested, neurology, Ago(24));
        await script.StepAsync(infoRequested.RequestInfo(neurology.Id, "请补充头颅MRI及MRV影像和眼底检查结果。", Ago(23.5)));
        var referUpZiyang = await script.CompleteAsync(
            await script.RequestAsync(ziyang, "neurology", Urgency.Urgent, "ZY-2026-0298", 59, PatientSex.Male,
                "短暂性脑缺血发作3次，颈动脉超声示左侧颈内动脉重度狭窄。", "是否需要颈动脉支架或内膜剥脱术？", Ago(24 * 3)),
            neurology, slotStart: Ago(24 * 2.5), minutes: 40,
            "建议上转我院行全脑血管造影，评估颈动脉支架植入。", Recommendation.ReferUp, followUpDays: null);
        var rejected = await script.RequestAsync(ziyang, "neurology", Urgency.Routine, "ZY-2026-0287", 52, PatientSex.Female,
            "甲状腺结节TI-RADS 4a类。", "是否需要超声引导下穿刺活检？", Ago(24 * 4));
        await script.StepAsync(rejected.Reject(neurology.Id, "不属于神经内科范围，请重新申请超声医学科会诊。", Ago(24 * 3.9)));
        await script.RequestAsync(ziyang, "ultrasound", Urgency.Routine, "ZY-2026-0315", 52, PatientSex.Female,
            "甲状腺结节TI-RADS 4a类，最大径1.2 cm。", "超声引导下细针穿刺活检的时机和注意事项？", Ago(50));

        // 岚皋县人民医院 · critical care → city critical care (刘静怡).
        await script.RequestAsync(langao, "critical-care", Urgency.Emergency, "LG-2026-0045", 77, PatientSex.Male,
            "重症肺炎，高流量氧疗下SpO2 88%，乳酸3.2 mmol/L。", "是否需要气管插管机械通气？抗感染方案？", Ago(5.0 / 60));
        var icuScheduled = await script.RequestAsync(langao, "critical-care", Urgency.Routine, "LG-2026-0042", 66, PatientSex.Female,
            "脓毒症休克恢复期，拟撤离血管活性药物。", "撤药节奏及营养支持方案？", Ago(8));
        await script.ClaimAsync(icuScheduled, icu, Ago(7));
        await script.ScheduleAsync(icuScheduled, icu, NextWeekdayAt(now, 2, 15, 0), 45, Ago(6.5));
        var admitted = await script.CompleteAsync(
            await script.RequestAsync(langao, "critical-care", Urgency.Urgent, "LG-2026-0039", 58, PatientSex.Male,
                "急性胰腺炎（重症），腹腔压力持续升高。", "是否需要上转行进一步治疗？", Ago(24 * 9)),
            icu, slotStart: Ago(24 * 8.7), minutes: 30,
            "建议立即上转我院ICU，监测腹内压，必要时手术减压。", Recommendation.ReferUp, followUpDays: null);
        await script.StepAsync(admitted.CloseOut(langao.Id, 5, referralAvoided: false, Ago(24 * 8)));
        var returned = await script.CompleteAsync(
            await script.RequestAsync(langao, "critical-care", Urgency.Urgent, "LG-2026-0031", 70, PatientSex.Female,
                "慢阻肺急性加重，无创通气效果不佳。", "是否需要有创通气及上转？", Ago(24 * 16)),
            icu, slotStart: Ago(24 * 15.8), minutes: 30,
            "建议上转我院ICU行有创机械通气。", Recommendation.ReferUp, followUpDays: null);
        await script.StepAsync(returned.CloseOut(langao.Id, 4, referralAvoided: false, Ago(24 * 15)));

        // 汉阴县人民医院 · neurology, stroke → city neurology; critical care → city critical care.
        var infoLoop = await script.RequestAsync(hanyin, "neurology", Urgency.Routine, "HY-2026-0077", 45, PatientSex.Male,
            "癫痫持续状态控制后，脑电图仍有痫样放电。", "抗癫痫药物如何调整？", Ago(30));
        await script.ClaimAsync(infoLoop, neurology, Ago(28));
        await script.StepAsync(infoLoop.RequestInfo(neurology.Id, "请提供目前用药剂量及血药浓度。", Ago(27.5)));
        await script.StepAsync(infoLoop.ProvideInfo(hanyin.Id, "丙戊酸钠0.5g bid，血药浓度42 μg/mL。", Ago(6)));
        await script.ClaimAsync(infoLoop, neurology, Ago(5));
        var hanyinFollowUp = await script.CompleteAsync(
            await script.RequestAsync(hanyin, "neurology", Urgency.Routine, "HY-2026-0069", 72, PatientSex.Female,
                "帕金森病5年，近期症状波动明显。", "药物调整方案？", Ago(24 * 6)),
            neurology, slotStart: Ago(24 * 5.5), minutes: 30,
            "建议左旋多巴分次给药，加用多巴胺受体激动剂，30天后随访评估。", Recommendation.FollowUp, followUpDays: 30);
        await script.StepAsync(hanyinFollowUp.CloseOut(hanyin.Id, 5, referralAvoided: true, Ago(24 * 5)));
        await script.RequestAsync(hanyin, "stroke", Urgency.Emergency, "HY-2026-0081", 69, PatientSex.Male,
            "突发言语不清伴左侧肢体无力1.5小时。", "是否静脉溶栓？是否转诊取栓？", Ago(0.75));
        var declined = await script.CompleteAsync(
            await script.RequestAsync(hanyin, "critical-care", Urgency.Urgent, "HY-2026-0072", 83, PatientSex.Female,
                "多器官功能障碍，家属要求积极治疗。", "是否上转？", Ago(24 * 5)),
            icu, slotStart: Ago(24 * 4.8), minutes: 30,
            "建议上转评估。", Recommendation.ReferUp, followUpDays: null);
        await script.StepAsync(declined.CloseOut(hanyin.Id, 3, referralAvoided: false, Ago(24 * 4.5)));

        // Referrals (green channel) in each state.
        var today = AllianceCalendar.DateOf(now);
        var requested = Referral.Create(referUpZiyang.Id, referUpZiyang.RequestingHospitalId, network.City.Id, neurology.DepartmentId!.Value, ziyang.Id,
            priorityTreatment: true, priorityExamination: true, priorityAdmission: false, "请安排全脑血管造影。", Ago(24 * 2));
        var accepted = Referral.Create(referUpShiquan.Id, referUpShiquan.RequestingHospitalId, network.City.Id, cardiology.DepartmentId!.Value, shiquan.Id,
            true, true, true, "患者已备齐既往资料。", Ago(24 * 6));
        Check(accepted.Accept(cityCoordinator.Id, cardiology.DepartmentId!.Value, today.AddDays(2), Ago(24 * 5.5)));
        var admittedReferral = Referral.Create(admitted.Id, admitted.RequestingHospitalId, network.City.Id, icu.DepartmentId!.Value, langao.Id,
            true, false, true, null, Ago(24 * 8.5));
        Check(admittedReferral.Accept(icu.Id, icu.DepartmentId!.Value, DateOnly.FromDateTime(Ago(24 * 8.4).UtcDateTime), Ago(24 * 8.4)));
        Check(admittedReferral.Admit(icu.Id, Ago(24 * 8.3)));
        var returnedReferral = Referral.Create(returned.Id, returned.RequestingHospitalId, network.City.Id, icu.DepartmentId!.Value, langao.Id,
            true, true, true, null, Ago(24 * 15.5));
        Check(returnedReferral.Accept(icu.Id, icu.DepartmentId!.Value, DateOnly.FromDateTime(Ago(24 * 15.4).UtcDateTime), Ago(24 * 15.4)));
        Check(returnedReferral.Admit(icu.Id, Ago(24 * 15.3)));
        Check(returnedReferral.Return(icu.Id, "病情稳定，已脱机，转回岚皋县人民医院继续康复治疗；出院小结随附。", Ago(24 * 4)));
        var declinedReferral = Referral.Create(declined.Id, declined.RequestingHospitalId, network.City.Id, icu.DepartmentId!.Value, hanyin.Id,
            true, false, true, null, Ago(24 * 4.4));
        Check(declinedReferral.Decline(cityCoordinator.Id, "我院ICU床位已满，已协调省级医院接收。", Ago(24 * 4.3)));
        db.Referrals.AddRange(requested, accepted, admittedReferral, returnedReferral, declinedReferral);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task CreateHanyinClinicianAsync(DemoNetwork network, CancellationToken cancellationToken)
    {
        var user = new AppUser { UserName = HanyinClinicianEmail, Email = HanyinClinicianEmail, EmailConfirmed = true };
        var created = await CreateDemoAccountAsync(userManager, user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not create demo user {HanyinClinicianEmail}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        db.Staff.Add(StaffMember.Create(
            user.Id, "何志远", HanyinClinicianEmail, StaffRole.Clinician, network.Counties["hanyin"].Id, network.CountyDepartments["hanyin-neurology"].Id, "主治医师"));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The first Monday-to-Friday day at least <paramref name="daysAhead"/> days from now, at a local (Asia/Shanghai) time.</summary>
    private static DateTimeOffset NextWeekdayAt(DateTimeOffset now, int daysAhead, int hour, int minute)
    {
        var day = AllianceCalendar.ToLocal(now).Date.AddDays(daysAhead);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        var local = day.AddHours(hour).AddMinutes(minute);
        return AllianceCalendar.At(local);
    }

    private static void Check(Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Demo data does not follow the rules: {result.Error.Message}");
        }
    }

    /// <summary>Makes demo consultations through the aggregate's moves, saving after each so each move gets its own change sequence.</summary>
    private sealed class ConsultationScript(DemoSeeder seeder, CancellationToken cancellationToken)
    {
        private Persistence.AllianceDbContext Db => seeder.Context;

        public async Task<Consultation> RequestAsync(
            StaffMember requester, string specialty, Urgency urgency, string patient, int age, PatientSex sex, string summary, string question, DateTimeOffset at)
        {
            var routes = await Db.RouteAsync(specialty, requester.HospitalId, cancellationToken);
            var consultation = Consultation.Request(
                requester.HospitalId, requester.Id, requester.DepartmentId, specialty, urgency, patient, age, sex, summary, question,
                [.. routes.Select(r => r.DepartmentId)], [.. routes.Select(r => r.HospitalId)], DemoTargets.ResponseTarget(urgency), at);
            Db.Consultations.Add(consultation);
            await Db.SaveChangesAsync(cancellationToken);
            return consultation;
        }

        public Task ClaimAsync(Consultation consultation, StaffMember specialist, DateTimeOffset at) =>
            StepAsync(consultation.Claim(specialist.Id, specialist.DepartmentId, at));

        public async Task ScheduleAsync(Consultation consultation, StaffMember specialist, DateTimeOffset start, int minutes, DateTimeOffset at)
        {
            var result = consultation.Schedule(specialist.Id, start, start.AddMinutes(minutes), at);
            if (result.IsSuccess)
            {
                Db.Bookings.Add(SpecialistBooking.Book(specialist.Id, consultation.Id, start, start.AddMinutes(minutes), at));
            }

            await StepAsync(result);
        }

        public async Task CancelAsync(Consultation consultation, StaffMember requester, string reason, DateTimeOffset at)
        {
            Check(consultation.Cancel(requester.Id, reason, at));
            foreach (var booking in await Db.Bookings.Where(b => b.ConsultationId == consultation.Id && b.Status == BookingStatus.Active).ToListAsync(cancellationToken))
            {
                booking.Release(at);
            }

            await Db.SaveChangesAsync(cancellationToken);
        }

        /// <summary>Claim, schedule (the slot booked), start and complete — the path of an ordinary consultation.</summary>
        public async Task<Consultation> CompleteAsync(
            Consultation consultation, StaffMember specialist, DateTimeOffset slotStart, int minutes, string opinion, Recommendation recommendation, int? followUpDays)
        {
            var requestedAt = consultation.RequestedAt;
            await ClaimAsync(consultation, specialist, requestedAt + (slotStart - requestedAt) / 4);
            await ScheduleAsync(consultation, specialist, slotStart, minutes, requestedAt + (slotStart - requestedAt) / 2);
            await StepAsync(consultation.Start(specialist.Id, slotStart));
            await StepAsync(consultation.Complete(specialist.Id, opinion, recommendation, followUpDays, slotStart.AddMinutes(minutes)));
            return consultation;
        }

        public async Task StepAsync(Result result)
        {
            Check(result);
            await Db.SaveChangesAsync(cancellationToken);
        }
    }
}
