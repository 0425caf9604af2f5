using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SpecialtyAlliance.Application.Common.Abstractions;
using SpecialtyAlliance.Application.Common.Imports;
using SpecialtyAlliance.Application.Common.Security;
using SpecialtyAlliance.Contracts.Imports;
using SpecialtyAlliance.Domain.Common;
using SpecialtyAlliance.Domain.Staff;

namespace SpecialtyAlliance.Application.Staff;

/// <summary>One valid row of a staff import: the person it creates, or null when their e-mail is already there.</summary>
internal sealed record PlannedPerson(int Row, NewStaffMember? Person);

/// <summary>
/// The rules of the staff import, shared by its preview and the import itself, one row a person. The e-mail is the
/// key: a row whose e-mail belongs to a person of the same name is already there and is skipped; an e-mail of a person
/// of another name is a problem. The hospital is named as the platform knows it (Chinese or English name) and must be
/// one the caller may manage — a coordinator's own hospital — and the department is named within it. A coordinator
/// may not make anyone an administrator. Specialists get the specialties of the 专科 column, or their department's.
/// </summary>
internal static partial class StaffImportPlan
{
    public static readonly ImportColumn Name = new("fullName", "姓名", "Name", true, "必填，最多 60 个字。", "full name", "fullname");

    public static readonly ImportColumn Title = new("title", "职称", "Title", false, "选填，如：主任医师、副主任医师、主治医师。", "职务");

    public static readonly ImportColumn Email = new("email", "邮箱", "E-mail", true, "必填，登录账号；同一邮箱只导入一次，已存在的人员将跳过。", "电子邮箱", "电子邮件", "mail");

    public static readonly ImportColumn Phone = new("phone", "手机", "Phone", false, "选填，手机号码。", "手机号", "手机号码", "电话", "mobile");

    public static readonly ImportColumn Hospital = new("hospital", "医院", "Hospital", true, "必填，医院名称（与平台中一致）；协调员只能导入本院人员。", "医院名称", "所属医院", "hospital name");

    public static readonly ImportColumn Department = new("department", "科室", "Department", false, "专家必填；科室名称（该医院已有的科室）。", "所属科室", "科室名称", "department name");

    public static readonly ImportColumn Role = new("role", "角色", "Role", true, "必填：" + ImportValues.Words(ImportValues.Roles) + "；协调员不能导入管理员。", "用户角色");

    public static readonly ImportColumn PartyMember = new("partyMember", "是否党员", "Party member", false, "选填：是 / 否（默认否）。", "党员", "party member?");

    public static readonly ImportColumn Specialties = new("specialties", "专科", "Specialties", false, "专家选填：专科名称或代码，多个用顿号分隔，如：心血管内科、重症医学科；不填则为所在科室的专科。", "specialty", "专科代码");

    public static readonly ImportColumn DepartmentHead = new("departmentHead", "是否科主任", "Department head", false, "选填：是 / 否（默认否）；填“是”须填写科室。", "科主任", "head", "department head?");

    public static readonly ImportLayout Layout = new(Name, Title, Email, Phone, Hospital, Department, Role, PartyMember, Specialties, DepartmentHead);

    public static async Task<Result<(IReadOnlyList<ImportRowResponse> Rows, IReadOnlyList<PlannedPerson> Plan)>> PlanAsync(
        IAllianceDbContext db, ICurrentUser user, ImportSheet sheet, CancellationToken cancellationToken)
    {
        var bound = Layout.Bind(sheet);
        if (!bound.IsSuccess)
        {
            return bound.Error!;
        }

        var hospitals = await db.Hospitals.AsNoTracking().VisibleTo(db, user)
            .Select(h => new { h.Id, h.Name, h.NameEn })
            .ToListAsync(cancellationToken);
        var hospitalIds = hospitals.Select(h => h.Id).ToList();
        var departments = await db.Departments.AsNoTracking()
            .Where(d => hospitalIds.Contains(d.HospitalId))
            .Select(d => new { d.Id, d.HospitalId, d.Name, d.SpecialtyCode })
            .ToListAsync(cancellationToken);
        var emails = bound.Value.Select(r => r[Email]?.ToLowerInvariant()).OfType<string>().Distinct().ToList();
        var existing = await db.Staff.AsNoTracking()
            .Where(s => emails.Contains(s.Email))
            .ToDictionaryAsync(s => s.Email, s => s.FullName, cancellationToken);

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var responses = new List<ImportRowResponse>();
        var plan = new List<PlannedPerson>();
        foreach (var row in bound.Value)
        {
            var name = row.Limited(Name, row.Required(Name, "The name"), StaffMember.NameMaxLength);
            var title = row.Limited(Title, row[Title], StaffMember.TitleMaxLength);
            var email = row.Limited(Email, row.Required(Email, "The e-mail")?.ToLowerInvariant(), StaffMember.EmailMaxLength);
            if (email is not null && !IsEmail(email))
            {
                row.Problem(Email, "invalid_email", $"'{row[Email]}' is not an e-mail address.");
                email = null;
            }

            var phone = row.Limited(Phone, row[Phone], StaffMember.PhoneMaxLength);
            if (phone is not null && !PhonePattern().IsMatch(phone))
            {
                row.Problem(Phone, "invalid_phone", $"'{phone}' is not a phone number (digits, spaces, +, - and brackets only).");
            }

            var role = ImportValues.Role(row.Required(Role, "The role"));
            if (row[Role] is not null && role is null)
            {
                row.Problem(Role, "unknown_value", $"'{row[Role]}' is not a role. Use one of: {ImportValues.Words(ImportValues.Roles)}.");
            }
            else if (role == StaffRole.Administrator && !user.IsAdministrator)
            {
                row.Problem(Role, "role_not_allowed", "Only administrators may make someone an administrator.");
            }

            var partyMember = YesNo(row, PartyMember);
            var head = YesNo(row, DepartmentHead);

            var hospitalText = row.Required(Hospital, "The hospital");
            var hospital = hospitalText is null
                ? null
                : hospitals.FirstOrDefault(h => h.Name == hospitalText)
                    ?? hospitals.FirstOrDefault(h => string.Equals(h.NameEn, hospitalText, StringComparison.OrdinalIgnoreCase));
            if (hospitalText is not null && hospital is null)
            {
                row.Problem(Hospital, "unknown_hospital", $"There is no hospital named '{hospitalText}' that you can see.");
            }
            else if (hospital is not null && !user.CanManageHospital(hospital.Id))
            {
                row.Problem(Hospital, "out_of_scope", $"You may import people into your own hospital only, not into {hospital.Name}.");
            }

            var departmentText = row[Department];
            var department = hospital is null || departmentText is null
                ? null
                : departments.FirstOrDefault(d => d.HospitalId == hospital.Id && d.Name == departmentText);
            if (hospital is not null && departmentText is not null && department is null)
            {
                row.Problem(Department, "unknown_department", $"{hospital.Name} has no department named '{departmentText}'.");
            }
            else if (departmentText is null && role == StaffRole.Specialist)
            {
                row.Problem(Department, "required", "A specialist's department is required (the consultations routed to it reach them).");
            }
            else if (departmentText is null && head == true)
            {
                row.Problem(Department, "required", "A department head needs their department.");
            }

            var specialties = new List<string>();
            foreach (var word in ImportValues.List(row[Specialties]))
            {
                if (ImportValues.Specialty(word) is { } specialty)
                {
                    specialties.Add(specialty.Code);
                }
                else
                {
                    row.Problem(Specialties, "unknown_value", $"'{word}' is not a specialty of the catalogue (a code such as cardiology, or its name such as 心血管内科).");
                }
            }

            if (specialties.Count > 0 && role is not null and not StaffRole.Specialist)
            {
                row.Problem(Specialties, "unknown_value", "Only specialists have specialties: leave this empty for other roles.");
            }
            else if (specialties.Count == 0 && role == StaffRole.Specialist && department is not null)
            {
                specialties.Add(department.SpecialtyCode);
            }

            var skip = false;
            if (email is not null)
            {
                if (seen.TryGetValue(email, out var earlier))
                {
                    row.Problem(Email, "duplicate_in_file", $"Row {earlier} has the same e-mail.");
                }
                else
                {
                    seen[email] = row.Number;
                }

                if (existing.TryGetValue(email, out var holder))
                {
                    if (name is not null && !string.Equals(holder, name, StringComparison.Ordinal))
                    {
                        row.Problem(Email, "email_taken", "This e-mail is already used by another person.");
                    }

                    skip = true;
                }
            }

            var values = new Dictionary<string, string?>
            {
                [Name.Field] = name,
                [Title.Field] = title,
                [Email.Field] = email ?? row[Email],
                [Phone.Field] = phone,
                [Hospital.Field] = hospital?.Name ?? hospitalText,
                [Department.Field] = department?.Name ?? departmentText,
                [Role.Field] = role?.ToString(),
                [PartyMember.Field] = partyMember?.ToString().ToLowerInvariant(),
                [Specialties.Field] = string.Join(",", specialties),
                [DepartmentHead.Field] = head?.ToString().ToLowerInvariant(),
            };
            responses.Add(row.ToResponse(skip ? ImportActions.Skip : ImportActions.Create, values));
            if (row.IsValid)
            {
                plan.Add(new PlannedPerson(
                    row.Number,
                    skip ? null : new NewStaffMember(name!, title, email!, phone, hospital!.Id, department?.Id, role!.Value, partyMember!.Value, specialties, head!.Value)));
            }
        }

        return (responses, plan);
    }

    private static bool? YesNo(ImportRow row, ImportColumn column)
    {
        var value = ImportValues.YesNo(row[column]);
        if (value is null)
        {
            row.Problem(column, "unknown_value", $"'{row[column]}' is neither yes nor no: write 是 or 否 (yes or no).");
        }

        return value;
    }

    private static bool IsEmail(string text) =>
        !text.Any(char.IsWhiteSpace)
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal);

    // The same characters a person typed in may have (StaffAccess.IncludePersonRules), with at least one digit.
    [GeneratedRegex(@"^[0-9+\-() ]*[0-9][0-9+\-() ]*$")]
    private static partial Regex PhonePattern();
}
