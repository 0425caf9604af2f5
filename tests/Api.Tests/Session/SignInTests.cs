using System.Net;
using System.Net.Http.Json;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Testing;
using SpecialtyAlliance.Contracts.Staff;

namespace SpecialtyAlliance.Api.Tests.Session;

public sealed class SignInTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private AllianceApi Api => fixture.Api;

    [Fact]
    public async Task Login_WithDemoCredentials_ReturnsBearerToken_ThatIdentifiesTheUser()
    {
        using var anonymous = Api.Anonymous();
        var login = await (await anonymous.PostAsJsonAsync("/api/auth/login", new LoginRequest(Demo.CardiologySpecialist, "Demo#2026")))
            .ShouldBe<LoginResponse>(HttpStatusCode.OK);
        login.TokenType.ShouldBe("Bearer");
        login.AccessToken.ShouldNotBeNullOrWhiteSpace();

        using var client = Api.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.AccessToken);
        var me = await (await client.GetAsync("/api/me")).ShouldBe<MeResponse>(HttpStatusCode.OK);

        me.Email.ShouldBe(Demo.CardiologySpecialist);
        me.Role.ShouldBe(StaffRole.Specialist);
        me.HospitalName.ShouldBe(Demo.City);
        me.DepartmentName.ShouldBe("心血管内科");
        me.Specialties.ShouldBe(["cardiology"]);
    }

    [Fact]
    public async Task Me_ForACountyClinician_NamesTheirHospitalAndDepartment()
    {
        using var client = await Api.ClientFor(Demo.ZiyangClinician);
        var me = await (await client.GetAsync("/api/me")).ShouldBe<MeResponse>(HttpStatusCode.OK);

        me.Role.ShouldBe(StaffRole.Clinician);
        me.HospitalName.ShouldBe(Demo.Ziyang);
        me.Specialties.ShouldBe(["neurology"]);
    }

    [Fact]
    public async Task Login_WithWrongPassword_Returns401_WithoutSayingWhichPartWasWrong()
    {
        using var anonymous = Api.Anonymous();
        var wrongPassword = await (await anonymous.PostAsJsonAsync("/api/auth/login", new LoginRequest(Demo.IcuSpecialist, "nope-nope")))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
        var unknownUser = await (await anonymous.PostAsJsonAsync("/api/auth/login", new LoginRequest("nobody@ankang.demo", "nope-nope")))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");

        unknownUser.Detail.ShouldBe(wrongPassword.Detail);
    }

    [Fact]
    public async Task Login_WithEmptyFields_Returns400_WithAnErrorPerField()
    {
        using var anonymous = Api.Anonymous();
        var problem = await (await anonymous.PostAsJsonAsync("/api/auth/login", new LoginRequest("", "")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        problem.Errors!.Keys.ShouldBe(["email", "password"], ignoreOrder: true);
    }

    [Fact]
    public async Task Login_AfterFiveFailures_LocksTheAccount_EvenForTheRightPassword()
    {
        using var anonymous = Api.Anonymous();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await (await anonymous.PostAsJsonAsync("/api/auth/login", new LoginRequest(Demo.ZiyangCoordinator, "wrong-" + attempt)))
                .ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        await (await anonymous.PostAsJsonAsync("/api/auth/login", new LoginRequest(Demo.ZiyangCoordinator, "wrong-5")))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "locked_out");
        await (await anonymous.PostAsJsonAsync("/api/auth/login", new LoginRequest(Demo.ZiyangCoordinator, "Demo#2026")))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "locked_out");
    }

    [Fact]
    public async Task CookieLogin_SignsTheBrowserIn_AndLogoutSignsItOut()
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = Api.Address };

        var login = await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new LoginRequest(Demo.LangaoCoordinator, "Demo#2026"));
        await login.ShouldHaveStatus(HttpStatusCode.OK);
        var cookie = handler.CookieContainer.GetAllCookies().ShouldHaveSingleItem();
        cookie.HttpOnly.ShouldBeTrue();

        var me = await (await browser.GetAsync("/api/me")).ShouldBe<MeResponse>(HttpStatusCode.OK);
        me.Email.ShouldBe(Demo.LangaoCoordinator);

        await (await browser.PostAsync("/api/auth/logout", null)).ShouldHaveStatus(HttpStatusCode.NoContent);
        await (await browser.GetAsync("/api/me")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/me")]
    [InlineData("/api/hospitals")]
    [InlineData("/api/pairings")]
    [InlineData("/api/party-branches")]
    [InlineData("/api/specialties")]
    public async Task Anonymous_GetsProblem401(string url)
    {
        using var anonymous = Api.Anonymous();
        var response = await anonymous.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATamperedToken_IsRefused()
    {
        using var client = Api.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "CfDJ8-not-a-real-token");

        (await client.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
