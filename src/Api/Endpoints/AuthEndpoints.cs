using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using SpecialtyAlliance.Api.Infrastructure;
using SpecialtyAlliance.Application.Staff;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Infrastructure.Identity;

namespace SpecialtyAlliance.Api.Endpoints;

/// <summary>Sign-in (bearer token for API clients, cookie for the browser), sign-out, and who am I.</summary>
internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Session");
        auth.MapPost("/login", Login).AllowAnonymous()
            .WithSummary("Sign in with email and password")
            .WithDescription("Returns a bearer token (`accessToken`) for API clients, or with `?useCookies=true` sets an HTTP-only cookie for the browser. Five failed attempts lock the account for 15 minutes.");
        auth.MapPost("/logout", Logout).RequireAuthorization().WithSummary("Sign out (ends the cookie session)");
        auth.MapPost("/invitations/accept", AcceptInvitation).AllowAnonymous()
            .WithSummary("Set the first password from an invitation link")
            .WithDescription("The token comes from the invitation link (`/invitation?token=…`). It works once and for 7 days: used, expired or unknown → 400 `invalid_token`. The password needs at least 10 characters, three of lower case / upper case / digits / symbols, and must not contain the e-mail address (400 with the reasons on `password`).");
        auth.MapPost("/password/forgot", ForgotPassword).AllowAnonymous()
            .WithSummary("Ask for a password-reset link by e-mail")
            .WithDescription("Always 202, whether the address is known or not. An active person gets a link (`/reset-password?token=…`, single use, 2 hours) when SMTP is configured.");
        auth.MapPost("/password/reset", ResetPassword).AllowAnonymous()
            .WithSummary("Set a new password from a reset link")
            .WithDescription("The token names the account; the e-mail is optional (when given it must match). Used, expired or unknown → 400 `invalid_token`; the password policy as for invitations. Every session of the person ends; the account is unlocked.");
        auth.MapPost("/password/change", ChangePassword).RequireAuthorization()
            .WithSummary("Change your own password")
            .WithDescription("A wrong current password → 400 on `currentPassword`; the policy on `newPassword`. Every session of yours ends, this one too: sign in again with the new password.");
        app.MapGet("/api/me", GetMe).RequireAuthorization().WithTags("Session").WithSummary("The signed-in user");
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(
        LoginRequest request,
        bool? useCookies,
        SignInManager<AppUser> signInManager,
        UserManager<AppUser> userManager,
        SignInAudit audit,
        CancellationToken cancellationToken)
    {
        var fieldErrors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            fieldErrors["email"] = ["Enter your email address."];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            fieldErrors["password"] = ["Enter your password."];
        }

        if (fieldErrors.Count > 0)
        {
            return Error.Validation(fieldErrors).ToProblem();
        }

        var invalid = new Error(ErrorKind.Unauthorized, "invalid_credentials", "The email or password is not correct.");
        var user = await userManager.FindByEmailAsync(request.Email.Trim());
        if (user is null)
        {
            await audit.RecordAsync(null, "SignInFailed", request.Email.Trim(), cancellationToken);
            return invalid.ToProblem();
        }

        signInManager.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signInManager.PasswordSignInAsync(user, request.Password, isPersistent: useCookies == true, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(user.Id, "LockedOut", user.Email ?? request.Email, cancellationToken);
            return new Error(ErrorKind.Unauthorized, "locked_out",
                "Too many failed sign-in attempts: the account is locked for 15 minutes.").ToProblem();
        }

        if (result.IsNotAllowed)
        {
            // A leaver: say so only to someone who knows the password; a wrong one counts towards the lock-out.
            if (await userManager.CheckPasswordAsync(user, request.Password))
            {
                await audit.RecordAsync(user.Id, "SignInFailed", user.Email ?? request.Email, cancellationToken);
                return new Error(ErrorKind.Unauthorized, "account_deactivated",
                    "This account has been deactivated. Ask your hospital's coordinator if you still work in the alliance.").ToProblem();
            }

            await userManager.AccessFailedAsync(user);
        }

        if (!result.Succeeded)
        {
            await audit.RecordAsync(user.Id, "SignInFailed", user.Email ?? request.Email, cancellationToken);
            return invalid.ToProblem();
        }

        await audit.RecordAsync(user.Id, "SignedIn", user.Email ?? request.Email, cancellationToken);

        // The sign-in handler has written the response: the cookie, or the token as JSON.
        return TypedResults.Empty;
    }

    private static async Task<NoContent> Logout(HttpContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> AcceptInvitation(
        AcceptInvitationRequest request, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new AcceptInvitation(request.Token ?? string.Empty, request.Password ?? string.Empty), cancellationToken)).ToNoContent();

    private static async Task<Results<Accepted, ProblemHttpResult>> ForgotPassword(
        ForgotPasswordRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var requested = await sender.Send(new RequestPasswordReset(request.Email ?? string.Empty), cancellationToken);
        return requested.IsSuccess ? TypedResults.Accepted((string?)null) : requested.Error.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ResetPassword(
        ResetPasswordRequest request, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new ResetPassword(request.Email, request.Token ?? string.Empty, request.Password ?? string.Empty), cancellationToken)).ToNoContent();

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest request, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new ChangePassword(request.CurrentPassword ?? string.Empty, request.NewPassword ?? string.Empty), cancellationToken)).ToNoContent();

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> GetMe(ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetMe(), cancellationToken)).ToOk();
}
