using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Staff;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Staff;
using SpecialtyAlliance.Domain.Common;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>
/// Hospitals' staff by name (what the web client's pickers choose people from), and staff accounts — people, their
/// roles, invitations and deactivation — for administrators (every hospital) and coordinators (their own).
/// </summary>
internal static class StaffEndpoints
{
    public static IEndpointRouteBuilder MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/hospitals/{id:guid}/staff", List).WithTags("Hospitals").RequireAuthorization()
            .WithSummary("A hospital's staff by name, paged; filter by departmentId and role (a hospital you may not see: 404)");

        var staff = app.MapGroup("/api/staff").WithTags("Staff accounts").RequireAuthorization();
        staff.MapGet("/", Search)
            .WithSummary("People you manage, by name, paged (administrators: everyone; coordinators: their hospital)")
            .WithDescription("`search` matches a part of the name or e-mail; filter by `hospitalId`, `departmentId`, `role` (Administrator, Coordinator, Specialist, Clinician) and `status` (Invited, Active, Deactivated).");
        staff.MapPost("/", Create)
            .WithSummary("Add a person with an account and a one-time invitation link")
            .WithDescription("201 with the person and the invitation (valid 7 days, single use), e-mailed in Chinese when SMTP is configured (`emailed`). Coordinators add people to their own hospital only (another: 404) and never Administrators (403). An e-mail already in use: 409 `email_taken`.");
        staff.MapGet("/{id:guid}", Get).WithName("GetStaffMember").WithSummary("One person you manage (anyone else: 404)");
        staff.MapPut("/{id:guid}", Update)
            .WithSummary("Correct a person: name, title, phone, department, department head, party membership, specialties")
            .WithDescription("Send `If-Match: \"<version>\"` (stale: 409 `concurrency`). Specialties only for specialists; the department must be of the person's hospital.");
        staff.MapPut("/{id:guid}/role", ChangeRole)
            .WithSummary("Give a person another role (audited; their sessions end)")
            .WithDescription("`If-Match` as for edits. Only administrators give or take the Administrator role (403); nobody changes their own (409 `own_account`).");
        staff.MapPost("/{id:guid}/deactivate", Deactivate)
            .WithSummary("Deactivate a leaver: no more sign-ins, every token and cookie of theirs answers 401 at once")
            .WithDescription("`If-Match` optional. Already deactivated: 409 `invalid_transition`; yourself: 409 `own_account`.");
        staff.MapPost("/{id:guid}/reactivate", Reactivate)
            .WithSummary("Let a deactivated person sign in again")
            .WithDescription("`If-Match` optional. Not deactivated: 409 `invalid_transition`.");
        staff.MapPost("/{id:guid}/invitation", ResendInvitation)
            .WithSummary("A fresh invitation link for someone who has not joined yet (earlier links stop working)")
            .WithDescription("Already joined: 409 `already_joined`; deactivated: 409 `deactivated`.");
        return app;
    }

    private static async Task<Results<Ok<PagedResponse<StaffResponse>>, ProblemHttpResult>> List(
        Guid id, ISender sender, Guid? departmentId, string? role, int? page, int? pageSize, CancellationToken cancellationToken) =>
        (await sender.Send(new ListStaff(id, departmentId, role, page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken)).ToOk();

    private static async Task<Results<Ok<PagedResponse<StaffMemberResponse>>, ProblemHttpResult>> Search(
        ISender sender, string? search, Guid? hospitalId, Guid? departmentId, string? role, string? status, int? page, int? pageSize,
        CancellationToken cancellationToken) =>
        (await sender.Send(
            new SearchStaff(search, hospitalId, departmentId, role, status, page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken)).ToOk();

    private static async Task<Results<Ok<StaffMemberResponse>, ProblemHttpResult>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetStaffMember(id), cancellationToken)).ToOk();

    private static async Task<Results<Created<CreatedStaffMemberResponse>, ProblemHttpResult>> Create(
        StaffMemberRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new CreateStaffMember(request), cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error.ToProblem();
        }

        var invitation = created.Value;
        var person = await sender.Send(new GetStaffMember(invitation.StaffId), cancellationToken);
        return person.IsSuccess
            ? TypedResults.Created(
                $"/api/staff/{invitation.StaffId}",
                new CreatedStaffMemberResponse(person.Value, new InvitationResponse(invitation.Link, invitation.ExpiresAt, invitation.Emailed)))
            : person.Error.ToProblem();
    }

    private static async Task<Results<Ok<StaffMemberResponse>, ProblemHttpResult>> Update(
        Guid id, StaffMemberUpdateRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ISender sender, CancellationToken cancellationToken)
    {
        if (!Versions.TryParseIfMatch(ifMatch, out var version))
        {
            return Versions.InvalidIfMatch().ToProblem();
        }

        return await ThenGet(id, await sender.Send(new UpdateStaffMember(id, request, version), cancellationToken), sender, cancellationToken);
    }

    private static async Task<Results<Ok<StaffMemberResponse>, ProblemHttpResult>> ChangeRole(
        Guid id, StaffRoleRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ISender sender, CancellationToken cancellationToken)
    {
        if (!Versions.TryParseIfMatch(ifMatch, out var version))
        {
            return Versions.InvalidIfMatch().ToProblem();
        }

        return await ThenGet(id, await sender.Send(new ChangeStaffRole(id, request.Role ?? string.Empty, version), cancellationToken), sender, cancellationToken);
    }

    private static async Task<Results<Ok<StaffMemberResponse>, ProblemHttpResult>> Deactivate(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, ISender sender, CancellationToken cancellationToken)
    {
        if (!Versions.TryParseIfMatch(ifMatch, out var version))
        {
            return Versions.InvalidIfMatch().ToProblem();
        }

        return await ThenGet(id, await sender.Send(new DeactivateStaffMember(id, version), cancellationToken), sender, cancellationToken);
    }

    private static async Task<Results<Ok<StaffMemberResponse>, ProblemHttpResult>> Reactivate(
        Guid id, [FromHeader(Name = "If-Match")] string? ifMatch, ISender sender, CancellationToken cancellationToken)
    {
        if (!Versions.TryParseIfMatch(ifMatch, out var version))
        {
            return Versions.InvalidIfMatch().ToProblem();
        }

        return await ThenGet(id, await sender.Send(new ReactivateStaffMember(id, version), cancellationToken), sender, cancellationToken);
    }

    private static async Task<Results<Ok<InvitationResponse>, ProblemHttpResult>> ResendInvitation(
        Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var invitation = await sender.Send(new ResendInvitation(id), cancellationToken);
        return invitation.IsSuccess
            ? TypedResults.Ok(new InvitationResponse(invitation.Value.Link, invitation.Value.ExpiresAt, invitation.Value.Emailed))
            : invitation.Error.ToProblem();
    }

    private static async Task<Results<Ok<StaffMemberResponse>, ProblemHttpResult>> ThenGet(
        Guid id, Result changed, ISender sender, CancellationToken cancellationToken) =>
        changed.IsSuccess ? (await sender.Send(new GetStaffMember(id), cancellationToken)).ToOk() : changed.Error.ToProblem();
}
