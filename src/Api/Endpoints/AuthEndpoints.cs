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
        app.MapGet("/api/me", GetMe).RequireAuthorization().WithTags("Session").WithSummary("The signed-in user");
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(
        LoginRequest request,
        bool? useCookies,
        SignInManager<AppUser> signInManager,
        UserManager<AppUser> userManager)
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
            return invalid.ToProblem();
        }

        signInManager.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signInManager.PasswordSignInAsync(user, request.Password, isPersistent: useCookies == true, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return new Error(ErrorKind.Unauthorized, "locked_out",
                "Too many failed sign-in attempts: the account is locked for 15 minutes.").ToProblem();
        }

        if (!result.Succeeded)
        {
            return invalid.ToProblem();
        }

        // The sign-in handler has written the response: the cookie, or the token as JSON.
        return TypedResults.Empty;
    }

    private static async Task<NoContent> Logout(HttpContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> GetMe(ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetMe(), cancellationToken)).ToOk();
}
