using Mediator;
using Microsoft.Extensions.Options;
using SpecialtyAlliance.Application.Common;
using SpecialtyAlliance.Contracts.Consultations;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Consultations;
using Urgency = SpecialtyAlliance.Domain.Consultations.Urgency;

namespace SpecialtyAlliance.Application.Consultations;

/// <summary>
/// The response target of each urgency, as this alliance configured it (section <c>Alliance:Consultations</c>), most
/// urgent first — so a requesting form can say what each urgency promises without repeating the configuration.
/// </summary>
public sealed record GetResponseTargets : IQuery<Result<IReadOnlyList<ResponseTargetResponse>>>;

public sealed class GetResponseTargetsHandler(IOptions<ConsultationOptions> options)
    : IQueryHandler<GetResponseTargets, Result<IReadOnlyList<ResponseTargetResponse>>>
{
    public ValueTask<Result<IReadOnlyList<ResponseTargetResponse>>> Handle(GetResponseTargets query, CancellationToken cancellationToken)
    {
        IReadOnlyList<ResponseTargetResponse> targets =
        [
            .. new[] { Urgency.Emergency, Urgency.Urgent, Urgency.Routine }
                .Select(u => new ResponseTargetResponse(u.ToWire(), (int)options.Value.ResponseTarget(u).TotalMinutes)),
        ];
        return ValueTask.FromResult(Result<IReadOnlyList<ResponseTargetResponse>>.Success(targets));
    }
}
