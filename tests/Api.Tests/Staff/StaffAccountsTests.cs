using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpecialtyAlliance.Contracts.Alliances;
using SpecialtyAlliance.Contracts.Auth;
using SpecialtyAlliance.Contracts.Common;
using SpecialtyAlliance.Contracts.Staff;
using SpecialtyAlliance.Infrastructure.Persistence;
using SpecialtyAlliance.Testing;

namespace SpecialtyAlliance.Api.Tests.Staff;

/// <summary>
/// A real start: a fresh database without the demo, the bootstrap administrator from the environment, a real SMTP
/// server on loopback. The administrator builds the alliance and onboards people; invitations and resets arrive by
/// e-mail in Chinese and their links work once.
/// </summary>
public sealed class AccountsFixture(PostgresFixture postgres) : IAsyncLifetime
{
    public const string AdminEmail = "office@alliance.test";
    public const string AdminPassword = "Start#Alliance2026";

    public AllianceApi Api { get; private set; } = null!;

    public TestMailServer Mail { get; private set; } = null!;

    public PostgresFixture Postgres => postgres;

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Alliance:MigrateOnStart"] = "true",
        ["Alliance:SeedDemoData"] = "false",
        ["Alliance:Bootstrap:AdminEmail"] = AdminEmail,
        ["Alliance:Bootstrap:AdminPassword"] = AdminPassword,
    };

    public async ValueTask InitializeAsync()
    {
        Mail = TestMailServer.Start();
        foreach (var (key, value) in Mail.Settings)
        {
            Settings[key] = value;
        }

        var connectionString = await postgres.Server.CreateEmptyAsync();
        Api = new AllianceApi(connectionString, Settings);
        Api.StartServer();
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

public sealed class StaffAccountsTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private const string Password = "Kardio#Praxis24";

    private AllianceApi Api => fixture.Api;

    private TestMailServer Mail => fixture.Mail;

    [Fact]
    public async Task Bootstrap_CreatesOneAdministrator_AndASecondStartCreatesNothing()
    {
        var settings = new Dictionary<string, string?>(fixture.Settings)
        {
            ["Alliance:Bootstrap:AdminEmail"] = "second@alliance.test",
            ["Alliance:Bootstrap:AdminPassword"] = "Another#Start2026",
        };
        await using (var secondStart = new AllianceApi(Api.ConnectionString, settings))
        {
            secondStart.StartServer();
        }

        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        (await db.Staff.CountAsync(s => s.Role == Domain.Staff.StaffRole.Administrator && s.Email == AccountsFixture.AdminEmail)).ShouldBe(1);
        (await db.Users.AnyAsync(u => u.Email == "second@alliance.test")).ShouldBeFalse();
        (await db.AuditEntries.CountAsync(a => a.EntityType == "Account" && a.Action == "Bootstrapped")).ShouldBe(1);

        using var admin = await Api.ClientFor(AccountsFixture.AdminEmail, AccountsFixture.AdminPassword);
        var me = await (await admin.GetAsync("/api/me")).ShouldBe<MeResponse>(HttpStatusCode.OK);
        me.Role.ShouldBe(SpecialtyAlliance.Contracts.Staff.StaffRole.Administrator);
        me.HospitalName.ShouldBe("市中心医院");
    }

    [Fact]
    public async Task Administrator_CreatesAHospitalADepartmentAndAClinician_WhoAcceptsTheMailedInvitationOnce_AndSignsIn()
    {
        using var admin = await Admin();
        var (hospitalId, departmentId) = await NewCountyAsync(admin);
        var email = NewEmail();

        var created = await (await admin.PostAsJsonAsync("/api/staff", new StaffMemberRequest(
                "李晓明", "主治医师", email, "0915-1234567", hospitalId, departmentId, "Clinician", true, null, false)))
            .ShouldBe<CreatedStaffMemberResponse>(HttpStatusCode.Created);
        created.Staff.Status.ShouldBe("Invited");
        created.Staff.IsPartyMember.ShouldBeTrue();
        created.Staff.DepartmentId.ShouldBe(departmentId);
        created.Invitation.Emailed.ShouldBeTrue();
        created.Invitation.ExpiresAt.ShouldBeInRange(DateTimeOffset.UtcNow.AddDays(6.9), DateTimeOffset.UtcNow.AddDays(7.1));

        var mail = await Mail.MessageToAsync(email, "邀请");
        (mail.TextBody ?? string.Empty).ShouldContain("李晓明，您好");
        (mail.TextBody ?? string.Empty).ShouldContain("设置登录密码");
        var (link, token) = TestMailServer.LinkIn(mail);
        link.ShouldStartWith(Api.Address.ToString().TrimEnd('/') + "/invitation?token=");
        link.ShouldBe(created.Invitation.Link);

        // Before accepting, the person cannot sign in.
        using var anonymous = Api.Anonymous();
        await (await anonymous.PostAsJsonAsync("/api/auth/login", new LoginRequest(email, Password)))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");

        await (await anonymous.PostAsJsonAsync("/api/auth/invitations/accept", new AcceptInvitationRequest(token, Password)))
            .ShouldHaveStatus(HttpStatusCode.NoContent);
        var again = await (await anonymous.PostAsJsonAsync("/api/auth/invitations/accept", new AcceptInvitationRequest(token, "Other#Secret2026")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_token");
        again.Errors!.Keys.ShouldBe(["token"]);

        using var clinician = await SignInAsync(email, Password);
        var me = await (await clinician.GetAsync("/api/me")).ShouldBe<MeResponse>(HttpStatusCode.OK);
        me.Role.ShouldBe(SpecialtyAlliance.Contracts.Staff.StaffRole.Clinician);
        me.HospitalId.ShouldBe(hospitalId);
        me.DepartmentId.ShouldBe(departmentId);

        var person = await (await admin.GetAsync($"/api/staff/{created.Staff.Id}")).ShouldBe<StaffMemberResponse>(HttpStatusCode.OK);
        person.Status.ShouldBe("Active");
        person.JoinedAt.ShouldNotBeNull();
        (await AuditActionsAsync(created.Staff.Id)).ShouldBe(["InvitationSent", "SignInFailed", "InvitationAccepted", "SignedIn"], ignoreOrder: true);
    }

    [Fact]
    public async Task Deactivation_EndsTheBearerTokenAndTheCookie_OnTheNextCall_AndReactivationLetsThemBackIn()
    {
        using var admin = await Admin();
        var (hospitalId, departmentId) = await NewCountyAsync(admin);
        var (id, email) = await OnboardAsync(admin, hospitalId, departmentId, "Clinician");

        using var bearer = await SignInAsync(email, Password);
        using var cookies = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(cookies) { BaseAddress = Api.Address };
        await (await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new LoginRequest(email, Password))).ShouldHaveStatus(HttpStatusCode.OK);
        await (await bearer.GetAsync("/api/me")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await browser.GetAsync("/api/me")).ShouldHaveStatus(HttpStatusCode.OK);

        var person = await (await admin.GetAsync($"/api/staff/{id}")).ShouldBe<StaffMemberResponse>(HttpStatusCode.OK);
        using var deactivate = new HttpRequestMessage(HttpMethod.Post, $"/api/staff/{id}/deactivate");
        deactivate.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{person.Version}\""));
        var deactivated = await (await admin.SendAsync(deactivate)).ShouldBe<StaffMemberResponse>(HttpStatusCode.OK);
        deactivated.Status.ShouldBe("Deactivated");

        await (await bearer.GetAsync("/api/me")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
        await (await browser.GetAsync("/api/me")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
        using var anonymous = Api.Anonymous();
        await (await anonymous.PostAsJsonAsync("/api/auth/login", new LoginRequest(email, Password)))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "account_deactivated");
        await (await anonymous.PostAsJsonAsync("/api/auth/login", new LoginRequest(email, "Wrong#Password1")))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
        await (await admin.PostAsync($"/api/staff/{id}/deactivate", null)).ShouldBeProblem(HttpStatusCode.Conflict, "invalid_transition");

        await (await admin.PostAsync($"/api/staff/{id}/reactivate", null)).ShouldHaveStatus(HttpStatusCode.OK);
        using var back = await SignInAsync(email, Password);
        await (await back.GetAsync("/api/me")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await bearer.GetAsync("/api/me")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
        (await AuditActionsAsync(id)).ShouldContain("Deactivated");
        (await AuditActionsAsync(id)).ShouldContain("Reactivated");
    }

    [Fact]
    public async Task ACoordinator_ManagesTheirOwnHospitalOnly_AndCannotMakeAnyoneAdministrator()
    {
        using var admin = await Admin();
        var (own, ownDepartment) = await NewCountyAsync(admin);
        var (other, _) = await NewCountyAsync(admin);
        var (_, coordinatorEmail) = await OnboardAsync(admin, own, null, "Coordinator");
        var (otherPerson, _) = await OnboardAsync(admin, other, null, "Clinician");
        using var coordinator = await SignInAsync(coordinatorEmail, Password);

        await (await coordinator.PostAsJsonAsync("/api/staff", new StaffMemberRequest(
                "王五", null, NewEmail(), null, other, null, "Clinician", false, null, false)))
            .ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
        await (await coordinator.PostAsJsonAsync("/api/staff", new StaffMemberRequest(
                "王五", null, NewEmail(), null, own, null, "Administrator", false, null, false)))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
        await (await coordinator.GetAsync($"/api/staff/{otherPerson}")).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");

        var created = await (await coordinator.PostAsJsonAsync("/api/staff", new StaffMemberRequest(
                "赵六", "住院医师", NewEmail(), null, own, ownDepartment, "Clinician", false, null, false)))
            .ShouldBe<CreatedStaffMemberResponse>(HttpStatusCode.Created);
        await (await coordinator.PutAsJsonAsync($"/api/staff/{created.Staff.Id}/role", new StaffRoleRequest("Administrator")))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");

        var listed = await (await coordinator.GetAsync("/api/staff?pageSize=100")).ShouldBe<PagedResponse<StaffMemberResponse>>(HttpStatusCode.OK);
        listed.Items.ShouldAllBe(s => s.HospitalId == own);
        listed.Items.ShouldContain(s => s.Id == created.Staff.Id);

        // A clinician manages nobody.
        var (_, clinicianEmail) = await OnboardAsync(admin, own, ownDepartment, "Clinician");
        using var clinician = await SignInAsync(clinicianEmail, Password);
        await (await clinician.GetAsync("/api/staff")).ShouldBeProblem(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Create_WithBadFields_Returns400_WithAnErrorPerField_AndCreatesNobody()
    {
        using var admin = await Admin();
        var (hospitalId, departmentId) = await NewCountyAsync(admin);
        var problem = await (await admin.PostAsJsonAsync("/api/staff", new StaffMemberRequest(
                "", null, "not-an-email", "abc", hospitalId, departmentId, "Surgeon", false, ["no-such-specialty"], false)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!.Keys.ShouldBe(["fullName", "email", "phone", "role", "specialties"], ignoreOrder: true);

        var clinicianWithSpecialties = await (await admin.PostAsJsonAsync("/api/staff", new StaffMemberRequest(
                "钱七", null, NewEmail(), null, hospitalId, departmentId, "Clinician", false, ["cardiology"], false)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        clinicianWithSpecialties.Errors!.Keys.ShouldBe(["specialties"]);

        var (_, taken) = await OnboardAsync(admin, hospitalId, departmentId, "Clinician");
        var duplicate = await (await admin.PostAsJsonAsync("/api/staff", new StaffMemberRequest(
                "孙八", null, taken.ToUpperInvariant(), null, hospitalId, null, "Clinician", false, null, false)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "email_taken");
        duplicate.Errors!.Keys.ShouldBe(["email"]);

        var listed = await (await admin.GetAsync($"/api/staff?hospitalId={hospitalId}")).ShouldBe<PagedResponse<StaffMemberResponse>>(HttpStatusCode.OK);
        listed.Total.ShouldBe(1);
    }

    [Theory]
    [InlineData("Short#1a", "at least 10 characters")]
    [InlineData("alllowercaseletters", "three of")]
    [InlineData("Xx#{local}2026", "e-mail address")]
    public async Task AnInvitation_RefusesAPasswordAgainstThePolicy_InWords(string password, string reason)
    {
        using var admin = await Admin();
        var (hospitalId, _) = await NewCountyAsync(admin);
        var email = NewEmail();
        var created = await (await admin.PostAsJsonAsync("/api/staff", new StaffMemberRequest(
                "周九", null, email, null, hospitalId, null, "Coordinator", false, null, false)))
            .ShouldBe<CreatedStaffMemberResponse>(HttpStatusCode.Created);
        var token = TestMailServer.LinkIn(await Mail.MessageToAsync(email, "邀请")).Token;

        using var anonymous = Api.Anonymous();
        var problem = await (await anonymous.PostAsJsonAsync("/api/auth/invitations/accept",
                new AcceptInvitationRequest(token, password.Replace("{local}", email.Split('@')[0], StringComparison.Ordinal))))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        problem.Errors!["password"].ShouldContain(m => m.Contains(reason, StringComparison.Ordinal));

        // The refused attempt did not use the invitation up.
        await (await anonymous.PostAsJsonAsync("/api/auth/invitations/accept", new AcceptInvitationRequest(token, Password)))
            .ShouldHaveStatus(HttpStatusCode.NoContent);
        created.Staff.Email.ShouldBe(email);
    }

    [Fact]
    public async Task ForgotPassword_AnswersTheSameForEveryAddress_AndTheMailedLinkResetsThePasswordOnce()
    {
        using var admin = await Admin();
        var (hospitalId, departmentId) = await NewCountyAsync(admin);
        var (_, email) = await OnboardAsync(admin, hospitalId, departmentId, "Clinician");
        using var before = await SignInAsync(email, Password);
        using var anonymous = Api.Anonymous();

        await (await anonymous.PostAsJsonAsync("/api/auth/password/forgot", new ForgotPasswordRequest("nobody@nowhere.test")))
            .ShouldHaveStatus(HttpStatusCode.Accepted);
        Mail.CountTo("nobody@nowhere.test").ShouldBe(0);
        await (await anonymous.PostAsJsonAsync("/api/auth/password/forgot", new ForgotPasswordRequest(email)))
            .ShouldHaveStatus(HttpStatusCode.Accepted);

        var mail = await Mail.MessageToAsync(email, "重置");
        (mail.TextBody ?? string.Empty).ShouldContain("设置新密码");
        var (link, token) = TestMailServer.LinkIn(mail);
        link.ShouldContain("/reset-password?token=");

        const string newPassword = "Neues#Passwort99";
        var weak = await (await anonymous.PostAsJsonAsync("/api/auth/password/reset", new ResetPasswordRequest(null, token, "weak")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        weak.Errors!.Keys.ShouldBe(["password"]);
        await (await anonymous.PostAsJsonAsync("/api/auth/password/reset", new ResetPasswordRequest("someone@else.test", token, newPassword)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_token");
        await (await anonymous.PostAsJsonAsync("/api/auth/password/reset", new ResetPasswordRequest(email, token, newPassword)))
            .ShouldHaveStatus(HttpStatusCode.NoContent);
        await (await anonymous.PostAsJsonAsync("/api/auth/password/reset", new ResetPasswordRequest(null, token, "Third#Password77")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_token");

        await (await before.GetAsync("/api/me")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync("/api/auth/login", new LoginRequest(email, Password)))
            .ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
        using var after = await SignInAsync(email, newPassword);
        await (await after.GetAsync("/api/me")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ChangePassword_NeedsTheCurrentOne_FollowsThePolicy_AndEndsTheOldSessions()
    {
        using var admin = await Admin();
        var (hospitalId, departmentId) = await NewCountyAsync(admin);
        var (_, email) = await OnboardAsync(admin, hospitalId, departmentId, "Clinician");
        using var client = await SignInAsync(email, Password);

        var wrong = await (await client.PostAsJsonAsync("/api/auth/password/change", new ChangePasswordRequest("Not#TheRight1", "Brand#NewPass42")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        wrong.Errors!.Keys.ShouldBe(["currentPassword"]);
        var weak = await (await client.PostAsJsonAsync("/api/auth/password/change", new ChangePasswordRequest(Password, "short")))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "validation");
        weak.Errors!.Keys.ShouldBe(["newPassword"]);

        await (await client.PostAsJsonAsync("/api/auth/password/change", new ChangePasswordRequest(Password, "Brand#NewPass42")))
            .ShouldHaveStatus(HttpStatusCode.NoContent);
        await (await client.GetAsync("/api/me")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
        using var again = await SignInAsync(email, "Brand#NewPass42");
        await (await again.GetAsync("/api/me")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Edits_NeedTheCurrentVersion_AndARoleChangeIsAudited_AndEndsTheSessions()
    {
        using var admin = await Admin();
        var (hospitalId, departmentId) = await NewCountyAsync(admin);
        var (id, email) = await OnboardAsync(admin, hospitalId, departmentId, "Clinician");
        using var person = await SignInAsync(email, Password);
        var read = await (await admin.GetAsync($"/api/staff/{id}")).ShouldBe<StaffMemberResponse>(HttpStatusCode.OK);

        using var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/staff/{id}")
        {
            Content = JsonContent.Create(new StaffMemberUpdateRequest("李晓明", "副主任医师", "13800000000", departmentId, true, true, null)),
        };
        edit.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{read.Version}\""));
        var edited = await (await admin.SendAsync(edit)).ShouldBe<StaffMemberResponse>(HttpStatusCode.OK);
        edited.Title.ShouldBe("副主任医师");
        edited.IsDepartmentHead.ShouldBeTrue();

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/staff/{id}/role") { Content = JsonContent.Create(new StaffRoleRequest("Specialist")) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{read.Version}\""));
        await (await admin.SendAsync(stale)).ShouldBeProblem(HttpStatusCode.Conflict, "concurrency");

        using var role = new HttpRequestMessage(HttpMethod.Put, $"/api/staff/{id}/role") { Content = JsonContent.Create(new StaffRoleRequest("Specialist")) };
        role.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{edited.Version}\""));
        (await (await admin.SendAsync(role)).ShouldBe<StaffMemberResponse>(HttpStatusCode.OK)).Role.ShouldBe("Specialist");
        await (await person.GetAsync("/api/me")).ShouldHaveStatus(HttpStatusCode.Unauthorized);
        using var signedInAgain = await SignInAsync(email, Password);
        (await (await signedInAgain.GetAsync("/api/me")).ShouldBe<MeResponse>(HttpStatusCode.OK)).Role.ShouldBe(SpecialtyAlliance.Contracts.Staff.StaffRole.Specialist);

        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        var changed = await db.AuditEntries.SingleAsync(a => a.EntityType == "Account" && a.EntityId == id.ToString() && a.Action == "RoleChanged");
        changed.Changes.ShouldContain("Clinician");
        changed.Changes.ShouldContain("Specialist");
        var staffChanges = await db.AuditEntries.Where(a => a.EntityType == "StaffMember" && a.EntityId == id.ToString()).Select(a => a.Changes).ToListAsync();
        staffChanges.ShouldContain(c => c.Contains("副主任医师", StringComparison.Ordinal) || c.Contains("\u526F\u4E3B\u4EFB\u533B\u5E08", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIns_AreAudited_FailuresAndLockOutsToo()
    {
        using var admin = await Admin();
        var (hospitalId, _) = await NewCountyAsync(admin);
        var (id, email) = await OnboardAsync(admin, hospitalId, null, "Coordinator");
        using var anonymous = Api.Anonymous();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await anonymous.PostAsJsonAsync("/api/auth/login", new LoginRequest(email, "Wrong#Password" + attempt));
        }

        var actions = await AuditActionsAsync(id);
        actions.Count(a => a == "SignInFailed").ShouldBe(4);
        actions.ShouldContain("LockedOut");
    }

    [Fact]
    public async Task Search_FindsByPartOfTheNameOrEmail_FiltersByRoleAndStatus_Paged()
    {
        using var admin = await Admin();
        var (hospitalId, departmentId) = await NewCountyAsync(admin);
        var (joined, _) = await OnboardAsync(admin, hospitalId, departmentId, "Clinician", "欧阳明");
        var invited = await (await admin.PostAsJsonAsync("/api/staff", new StaffMemberRequest(
                "欧阳华", null, NewEmail(), null, hospitalId, departmentId, "Coordinator", false, null, false)))
            .ShouldBe<CreatedStaffMemberResponse>(HttpStatusCode.Created);

        var byName = await (await admin.GetAsync($"/api/staff?hospitalId={hospitalId}&search=欧阳")).ShouldBe<PagedResponse<StaffMemberResponse>>(HttpStatusCode.OK);
        byName.Items.Select(s => s.FullName).ShouldBe(["欧阳华", "欧阳明"]);
        var byRole = await (await admin.GetAsync($"/api/staff?hospitalId={hospitalId}&role=Clinician")).ShouldBe<PagedResponse<StaffMemberResponse>>(HttpStatusCode.OK);
        byRole.Items.ShouldHaveSingleItem().Id.ShouldBe(joined);
        var byStatus = await (await admin.GetAsync($"/api/staff?hospitalId={hospitalId}&status=Invited")).ShouldBe<PagedResponse<StaffMemberResponse>>(HttpStatusCode.OK);
        byStatus.Items.ShouldHaveSingleItem().Id.ShouldBe(invited.Staff.Id);
        var paged = await (await admin.GetAsync($"/api/staff?hospitalId={hospitalId}&pageSize=1&page=2")).ShouldBe<PagedResponse<StaffMemberResponse>>(HttpStatusCode.OK);
        paged.Total.ShouldBe(2);
        paged.Items.ShouldHaveSingleItem();
        await (await admin.GetAsync("/api/staff?status=Gone")).ShouldBeProblem(HttpStatusCode.BadRequest, "validation");

        // A resent invitation replaces the first link.
        var firstToken = TestMailServer.LinkIn(await Mail.MessageToAsync(invited.Staff.Email, "邀请")).Token;
        var resent = await (await admin.PostAsync($"/api/staff/{invited.Staff.Id}/invitation", null)).ShouldBe<InvitationResponse>(HttpStatusCode.OK);
        resent.Link.ShouldNotContain(firstToken);
        using var anonymous = Api.Anonymous();
        await (await anonymous.PostAsJsonAsync("/api/auth/invitations/accept", new AcceptInvitationRequest(firstToken, Password)))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_token");
        await (await admin.PostAsync($"/api/staff/{joined}/invitation", null)).ShouldBeProblem(HttpStatusCode.Conflict, "already_joined");
    }

    private static string NewEmail() => $"p{Guid.NewGuid():N}"[..12] + "@county.test";

    private Task<HttpClient> Admin() => Api.ClientFor(AccountsFixture.AdminEmail, AccountsFixture.AdminPassword);

    private async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = Api.Anonymous();
        var login = await (await client.PostAsJsonAsync("/api/auth/login", new LoginRequest(email, password))).ShouldBe<LoginResponse>(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.AccessToken);
        return client;
    }

    private static async Task<(Guid HospitalId, Guid DepartmentId)> NewCountyAsync(HttpClient admin)
    {
        var name = "县医院" + Guid.NewGuid().ToString("N")[..6];
        var hospital = await (await admin.PostAsJsonAsync("/api/hospitals", new HospitalRequest(name, "County " + name, HospitalTier.County, HospitalKind.General, "安康市")))
            .ShouldBe<HospitalResponse>(HttpStatusCode.Created);
        var department = await (await admin.PostAsJsonAsync($"/api/hospitals/{hospital.Id}/departments", new DepartmentRequest("心血管内科", "cardiology")))
            .ShouldBe<DepartmentResponse>(HttpStatusCode.Created);
        return (hospital.Id, department.Id);
    }

    /// <summary>A person created by the administrator who accepted the e-mailed invitation with <see cref="Password"/>.</summary>
    private async Task<(Guid Id, string Email)> OnboardAsync(HttpClient admin, Guid hospitalId, Guid? departmentId, string role, string name = "测试人员")
    {
        var email = NewEmail();
        var created = await (await admin.PostAsJsonAsync("/api/staff", new StaffMemberRequest(
                name, null, email, null, hospitalId, departmentId, role, false, null, false)))
            .ShouldBe<CreatedStaffMemberResponse>(HttpStatusCode.Created);
        var token = TestMailServer.LinkIn(await Mail.MessageToAsync(email, "邀请")).Token;
        using var anonymous = Api.Anonymous();
        await (await anonymous.PostAsJsonAsync("/api/auth/invitations/accept", new AcceptInvitationRequest(token, Password)))
            .ShouldHaveStatus(HttpStatusCode.NoContent);
        return (created.Staff.Id, email);
    }

    private async Task<List<string>> AuditActionsAsync(Guid accountId)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        return await db.AuditEntries.Where(a => a.EntityType == "Account" && a.EntityId == accountId.ToString()).Select(a => a.Action).ToListAsync();
    }
}
