using SpecialtyAlliance.Domain.Referrals;

namespace SpecialtyAlliance.Domain.Tests.Consultations;

/// <summary>The referral green channel: Requested → Accepted → Admitted → Returned; Accepted → Returned; Requested → Declined.</summary>
public sealed class ReferralLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid Actor = Guid.CreateVersion7();

    private static Referral In(ReferralStatus status)
    {
        var r = Referral.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Actor, true, false, true, null, Now);
        if (status is ReferralStatus.Accepted or ReferralStatus.Admitted or ReferralStatus.Returned)
        {
            r.Accept(Actor, r.ReceivingDepartmentId, new DateOnly(2026, 12, 3), Now).IsSuccess.ShouldBeTrue();
        }

        if (status is ReferralStatus.Admitted or ReferralStatus.Returned)
        {
            r.Admit(Actor, Now).IsSuccess.ShouldBeTrue();
        }

        if (status == ReferralStatus.Returned)
        {
            r.Return(Actor, "出院小结", Now).IsSuccess.ShouldBeTrue();
        }

        if (status == ReferralStatus.Declined)
        {
            r.Decline(Actor, "床位已满", Now).IsSuccess.ShouldBeTrue();
        }

        r.Status.ShouldBe(status);
        return r;
    }

    [Theory]
    [InlineData(ReferralStatus.Requested, "accept", ReferralStatus.Accepted)]
    [InlineData(ReferralStatus.Requested, "decline", ReferralStatus.Declined)]
    [InlineData(ReferralStatus.Requested, "admit", null)]
    [InlineData(ReferralStatus.Requested, "return", null)]
    [InlineData(ReferralStatus.Accepted, "admit", ReferralStatus.Admitted)]
    [InlineData(ReferralStatus.Accepted, "return", ReferralStatus.Returned)]
    [InlineData(ReferralStatus.Accepted, "accept", null)]
    [InlineData(ReferralStatus.Accepted, "decline", null)]
    [InlineData(ReferralStatus.Admitted, "return", ReferralStatus.Returned)]
    [InlineData(ReferralStatus.Admitted, "admit", null)]
    [InlineData(ReferralStatus.Admitted, "decline", null)]
    [InlineData(ReferralStatus.Returned, "return", null)]
    [InlineData(ReferralStatus.Returned, "admit", null)]
    [InlineData(ReferralStatus.Declined, "accept", null)]
    [InlineData(ReferralStatus.Declined, "decline", null)]
    public void EveryMove_LeadsWhereTheGreenChannelSays_OrIsRefused(ReferralStatus from, string move, ReferralStatus? to)
    {
        var r = In(from);
        var department = Guid.CreateVersion7();

        var result = move switch
        {
            "accept" => r.Accept(Actor, department, new DateOnly(2026, 12, 5), Now.AddHours(1)),
            "admit" => r.Admit(Actor, Now.AddHours(1)),
            "return" => r.Return(Actor, "转回县医院康复", Now.AddHours(1)),
            _ => r.Decline(Actor, "理由", Now.AddHours(1)),
        };

        if (to is { } expected)
        {
            result.IsSuccess.ShouldBeTrue();
            r.Status.ShouldBe(expected);
            r.StatusChangedAt.ShouldBe(Now.AddHours(1));
        }
        else
        {
            result.Error!.Code.ShouldBe("invalid_transition");
            r.Status.ShouldBe(from);
        }
    }

    [Fact]
    public void Accepting_SetsTheReceivingDepartmentAndTheExpectedDate()
    {
        var r = In(ReferralStatus.Requested);
        var department = Guid.CreateVersion7();

        r.Accept(Actor, department, new DateOnly(2026, 12, 5), Now).IsSuccess.ShouldBeTrue();

        (r.ReceivingDepartmentId, r.ExpectedDate, r.AcceptedById).ShouldBe((department, new DateOnly(2026, 12, 5), Actor));
    }
}
