using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;

namespace SpecialtyAlliance.Domain.Tests.Consultations;

/// <summary>The consultation lifecycle as DESIGN.md draws it: every status × every move, where it leads or that it is refused.</summary>
public sealed class ConsultationLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Requester = Guid.CreateVersion7();
    private static readonly Guid Specialist = Guid.CreateVersion7();
    private static readonly Guid Department = Guid.CreateVersion7();

    /// <summary>Where each move leads from each status; a missing pair is refused.</summary>
    private static readonly Dictionary<(ConsultationStatus, ConsultationAction), ConsultationStatus> Valid = new()
    {
        [(ConsultationStatus.Requested, ConsultationAction.Claim)] = ConsultationStatus.Claimed,
        [(ConsultationStatus.Requested, ConsultationAction.Reject)] = ConsultationStatus.Rejected,
        [(ConsultationStatus.Requested, ConsultationAction.Cancel)] = ConsultationStatus.Cancelled,
        [(ConsultationStatus.Claimed, ConsultationAction.Release)] = ConsultationStatus.Requested,
        [(ConsultationStatus.Claimed, ConsultationAction.RequestInfo)] = ConsultationStatus.InfoRequested,
        [(ConsultationStatus.Claimed, ConsultationAction.Schedule)] = ConsultationStatus.Scheduled,
        [(ConsultationStatus.Claimed, ConsultationAction.Reject)] = ConsultationStatus.Rejected,
        [(ConsultationStatus.Claimed, ConsultationAction.Cancel)] = ConsultationStatus.Cancelled,
        [(ConsultationStatus.InfoRequested, ConsultationAction.ProvideInfo)] = ConsultationStatus.Requested,
        [(ConsultationStatus.InfoRequested, ConsultationAction.Cancel)] = ConsultationStatus.Cancelled,
        [(ConsultationStatus.Scheduled, ConsultationAction.Reschedule)] = ConsultationStatus.Scheduled,
        [(ConsultationStatus.Scheduled, ConsultationAction.Start)] = ConsultationStatus.InProgress,
        [(ConsultationStatus.Scheduled, ConsultationAction.Cancel)] = ConsultationStatus.Cancelled,
        [(ConsultationStatus.InProgress, ConsultationAction.Complete)] = ConsultationStatus.Completed,
        [(ConsultationStatus.Completed, ConsultationAction.CloseOut)] = ConsultationStatus.Closed,
    };

    public static TheoryData<ConsultationStatus, ConsultationAction> EveryPair()
    {
        var data = new TheoryData<ConsultationStatus, ConsultationAction>();
        foreach (var status in Enum.GetValues<ConsultationStatus>())
        {
            foreach (var action in Enum.GetValues<ConsultationAction>().Where(a => a != ConsultationAction.Request))
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    public static Consultation NewRequest(DateTimeOffset? at = null) =>
        Consultation.Request(
            Guid.CreateVersion7(), Requester, null, "cardiology", Urgency.Urgent, "SQ-2026-0147", 68, PatientSex.Male,
            "胸痛3小时", "是否转诊？", [Department], [Guid.CreateVersion7()], TimeSpan.FromHours(4), at ?? Now);

    /// <summary>A consultation walked into <paramref name="status"/> through valid moves, with its events cleared.</summary>
    public static Consultation In(ConsultationStatus status)
    {
        var c = NewRequest();
        var t = Now;
        DateTimeOffset Next() => t = t.AddMinutes(5);
        void Do(Result result) => result.IsSuccess.ShouldBeTrue(result.Error?.Message);
        ConsultationStatus[] path = status switch
        {
            ConsultationStatus.Requested => [],
            ConsultationStatus.Claimed => [ConsultationStatus.Claimed],
            ConsultationStatus.InfoRequested => [ConsultationStatus.Claimed, ConsultationStatus.InfoRequested],
            ConsultationStatus.Scheduled => [ConsultationStatus.Claimed, ConsultationStatus.Scheduled],
            ConsultationStatus.InProgress => [ConsultationStatus.Claimed, ConsultationStatus.Scheduled, ConsultationStatus.InProgress],
            ConsultationStatus.Completed => [ConsultationStatus.Claimed, ConsultationStatus.Scheduled, ConsultationStatus.InProgress, ConsultationStatus.Completed],
            ConsultationStatus.Closed => [ConsultationStatus.Claimed, ConsultationStatus.Scheduled, ConsultationStatus.InProgress, ConsultationStatus.Completed, ConsultationStatus.Closed],
            ConsultationStatus.Rejected => [ConsultationStatus.Rejected],
            _ => [ConsultationStatus.Cancelled],
        };
        foreach (var step in path)
        {
            Do(step switch
            {
                ConsultationStatus.Claimed => c.Claim(Specialist, Department, Next()),
                ConsultationStatus.InfoRequested => c.RequestInfo(Specialist, "请补充心电图。", Next()),
                ConsultationStatus.Scheduled => c.Schedule(Specialist, Now.AddDays(1), Now.AddDays(1).AddMinutes(30), Next()),
                ConsultationStatus.InProgress => c.Start(Specialist, Next()),
                ConsultationStatus.Completed => c.Complete(Specialist, "意见", Recommendation.ManageLocally, null, Next()),
                ConsultationStatus.Closed => c.CloseOut(Requester, 5, true, Next()),
                ConsultationStatus.Rejected => c.Reject(Specialist, "不属于本科室。", Next()),
                _ => c.Cancel(Requester, "患者转院。", Next()),
            });
        }

        c.Status.ShouldBe(status);
        c.ClearDomainEvents();
        return c;
    }

    private static Result Apply(Consultation c, ConsultationAction action, DateTimeOffset at) => action switch
    {
        ConsultationAction.Claim => c.Claim(Specialist, Department, at),
        ConsultationAction.Release => c.Release(Specialist, at),
        ConsultationAction.RequestInfo => c.RequestInfo(Specialist, "请补充化验结果。", at),
        ConsultationAction.ProvideInfo => c.ProvideInfo(Requester, "已补充。", at),
        ConsultationAction.Schedule => c.Schedule(Specialist, at.AddDays(2), at.AddDays(2).AddMinutes(30), at),
        ConsultationAction.Reschedule => c.Reschedule(Specialist, at.AddDays(3), at.AddDays(3).AddMinutes(45), at),
        ConsultationAction.Start => c.Start(Specialist, at),
        ConsultationAction.Complete => c.Complete(Specialist, "意见", Recommendation.FollowUp, 14, at),
        ConsultationAction.CloseOut => c.CloseOut(Requester, 4, false, at),
        ConsultationAction.Reject => c.Reject(Specialist, "原因", at),
        ConsultationAction.Cancel => c.Cancel(Requester, "原因", at),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void EveryMoveFromEveryStatus_LeadsWhereTheLifecycleSays_OrIsRefusedAndChangesNothing(ConsultationStatus status, ConsultationAction action)
    {
        var c = In(status);
        var historyBefore = c.History.Count;
        var at = Now.AddHours(1);

        var result = Apply(c, action, at);

        if (Valid.TryGetValue((status, action), out var to))
        {
            result.IsSuccess.ShouldBeTrue(result.Error?.Message);
            c.Status.ShouldBe(to);
            c.StatusChangedAt.ShouldBe(at);
            c.History.Count.ShouldBe(historyBefore + 1);
            var row = c.History[^1];
            (row.Action, row.From, row.To, row.At).ShouldBe((action, status, to, at));
            row.ActorId.ShouldBe(action is ConsultationAction.ProvideInfo or ConsultationAction.CloseOut or ConsultationAction.Cancel ? Requester : Specialist);
            c.DomainEvents.OfType<ConsultationTransitioned>().ShouldHaveSingleItem().ShouldBe(new ConsultationTransitioned(c.Id, action, status, to, at));
            c.Allows(action).ShouldBe(action == ConsultationAction.Reschedule, "no move follows itself, except a reschedule");
        }
        else
        {
            result.IsSuccess.ShouldBeFalse();
            result.Error!.Code.ShouldBe("invalid_transition");
            result.Error.Kind.ShouldBe(ErrorKind.Conflict);
            c.Status.ShouldBe(status);
            c.History.Count.ShouldBe(historyBefore);
            c.DomainEvents.ShouldBeEmpty();
            c.Allows(action).ShouldBeFalse();
        }
    }

    [Fact]
    public void TheLifecycleTable_IsExactlyTheDesign()
    {
        foreach (var status in Enum.GetValues<ConsultationStatus>())
        {
            foreach (var action in Enum.GetValues<ConsultationAction>())
            {
                Consultation.Allows(status, action).ShouldBe(Valid.ContainsKey((status, action)), $"{status} + {action}");
            }
        }
    }

    [Fact]
    public void ARequest_StartsRequested_WithItsResponseTarget_AndOneHistoryRow()
    {
        var c = NewRequest();

        c.Status.ShouldBe(ConsultationStatus.Requested);
        c.ResponseDueAt.ShouldBe(Now.AddHours(4));
        c.History.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            h => h.Action.ShouldBe(ConsultationAction.Request),
            h => h.From.ShouldBeNull(),
            h => h.To.ShouldBe(ConsultationStatus.Requested),
            h => h.ActorId.ShouldBe(Requester));
        c.IsOverdue(Now.AddHours(4).AddTicks(-1)).ShouldBeFalse();
        c.IsOverdue(Now.AddHours(4)).ShouldBeTrue();
    }

    [Fact]
    public void Release_AndProvideInfo_PutItBackUnclaimed_ButTheFirstClaimIsRemembered()
    {
        var c = In(ConsultationStatus.Claimed);
        var firstClaim = c.FirstClaimedAt;

        c.Release(Specialist, Now.AddHours(1)).IsSuccess.ShouldBeTrue();
        c.ClaimedById.ShouldBeNull();
        c.Claim(Specialist, Department, Now.AddHours(2)).IsSuccess.ShouldBeTrue();
        c.RequestInfo(Specialist, "?", Now.AddHours(3)).IsSuccess.ShouldBeTrue();
        c.ClaimedById.ShouldBe(Specialist, "the one who asked still holds it while waiting for the answer");
        c.ProvideInfo(Requester, "!", Now.AddHours(4)).IsSuccess.ShouldBeTrue();

        c.ClaimedById.ShouldBeNull();
        c.ClaimedDepartmentId.ShouldBeNull();
        c.FirstClaimedAt.ShouldBe(firstClaim);
        c.InfoResponse.ShouldBe("!");
    }

    [Theory]
    [InlineData(-10, 30, "startsAt")]
    [InlineData(0, 30, "startsAt")]
    [InlineData(60, 14, "endsAt")]
    [InlineData(60, 121, "endsAt")]
    [InlineData(60, -30, "endsAt")]
    public void ASlot_MustBeInTheFuture_AndLast15To120Minutes(int startsInMinutes, int minutes, string field)
    {
        var c = In(ConsultationStatus.Claimed);
        var start = Now.AddHours(1).AddMinutes(startsInMinutes);

        var result = c.Schedule(Specialist, start, start.AddMinutes(minutes), Now.AddHours(1));

        result.Error!.Code.ShouldBe("validation");
        result.Error.FieldErrors!.Keys.ShouldBe([field]);
        c.Status.ShouldBe(ConsultationStatus.Claimed);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(120)]
    public void ASlot_Of15Or120Minutes_IsBooked(int minutes)
    {
        var c = In(ConsultationStatus.Claimed);
        var start = Now.AddDays(1);

        c.Schedule(Specialist, start, start.AddMinutes(minutes), Now).IsSuccess.ShouldBeTrue();

        c.DomainEvents.OfType<ConsultationScheduled>().ShouldHaveSingleItem().ShouldBe(new ConsultationScheduled(c.Id, Specialist, Requester, start, Now));
    }

    [Fact]
    public void Reschedule_MovesTheSlot_AndSaysSo()
    {
        var c = In(ConsultationStatus.Scheduled);
        var start = Now.AddDays(5);

        c.Reschedule(Specialist, start, start.AddMinutes(60), Now.AddHours(1)).IsSuccess.ShouldBeTrue();

        (c.ScheduledStart, c.ScheduledEnd).ShouldBe((start, start.AddMinutes(60)));
        c.DomainEvents.OfType<ConsultationRescheduled>().ShouldHaveSingleItem().StartsAt.ShouldBe(start);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(366)]
    public void AFollowUp_NeedsOneTo365Days(int? days)
    {
        var c = In(ConsultationStatus.InProgress);

        var result = c.Complete(Specialist, "意见", Recommendation.FollowUp, days, Now.AddHours(1));

        result.Error!.FieldErrors!.Keys.ShouldBe(["followUpDays"]);
        c.Status.ShouldBe(ConsultationStatus.InProgress);
    }

    [Fact]
    public void Completing_WithAFollowUp_SaysWhenTheRequesterShouldFollowUp_AndOtherRecommendationsKeepNoDays()
    {
        var followUp = In(ConsultationStatus.InProgress);
        followUp.Complete(Specialist, "意见", Recommendation.FollowUp, 30, Now.AddHours(1)).IsSuccess.ShouldBeTrue();
        followUp.DomainEvents.OfType<ConsultationCompleted>().ShouldHaveSingleItem()
            .ShouldBe(new ConsultationCompleted(followUp.Id, Requester, Recommendation.FollowUp, 30, Now.AddHours(1)));

        var referUp = In(ConsultationStatus.InProgress);
        referUp.Complete(Specialist, "意见", Recommendation.ReferUp, 30, Now.AddHours(1)).IsSuccess.ShouldBeTrue();
        referUp.FollowUpDays.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void CloseOut_TakesASatisfactionFrom1To5(int satisfaction)
    {
        var c = In(ConsultationStatus.Completed);

        c.CloseOut(Requester, satisfaction, true, Now.AddHours(1)).Error!.FieldErrors!.Keys.ShouldBe(["satisfaction"]);
        c.Status.ShouldBe(ConsultationStatus.Completed);
    }

    [Fact]
    public void AMissedResponse_IsEscalatedOnce_AndOnlyWhileWaiting()
    {
        var c = NewRequest();

        c.MarkResponseMissed(Now.AddHours(3)).ShouldBeFalse("not due yet");
        c.MarkResponseMissed(Now.AddHours(5)).ShouldBeTrue();
        c.MarkResponseMissed(Now.AddHours(6)).ShouldBeFalse("once per request");
        c.DomainEvents.OfType<ConsultationResponseMissed>().ShouldHaveSingleItem().At.ShouldBe(Now.AddHours(5));

        var claimed = In(ConsultationStatus.Claimed);
        claimed.MarkResponseMissed(Now.AddDays(1)).ShouldBeFalse("a claimed request is not waiting");
        claimed.EscalatedAt.ShouldBeNull();
    }
}
