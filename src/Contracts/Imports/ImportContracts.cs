namespace SpecialtyAlliance.Contracts.Imports;

/// <summary>What importing a row will do (or, in a refused import, would have done).</summary>
public static class ImportActions
{
    /// <summary>The row creates a record (a person; a hospital and/or its department).</summary>
    public const string Create = "Create";

    /// <summary>The row's key is already there (a person's e-mail; a hospital's department): nothing is created.</summary>
    public const string Skip = "Skip";

    /// <summary>The row has problems: the file cannot be imported until they are fixed.</summary>
    public const string Invalid = "Invalid";
}

/// <summary>
/// One problem of one row, in words. <c>Row</c> is the row number as the spreadsheet shows it (the header is row 1);
/// <c>Column</c> the column's header as written in the file (or the expected header when the column is missing);
/// <c>Field</c> the column's stable name; <c>Code</c> a stable code clients translate (required, too_long,
/// invalid_email, invalid_phone, unknown_value, unknown_hospital, unknown_department, out_of_scope, role_not_allowed,
/// duplicate_in_file, email_taken, conflicting_values); <c>Message</c> the same in English.
/// </summary>
public sealed record ImportProblemResponse(int Row, string Column, string Field, string Code, string Message);

/// <summary>
/// One row of an import file: its number in the sheet, what importing it does (<see cref="ImportActions"/>), its values
/// as read and understood (keyed by field name: role and tier as their codes) and its problems.
/// </summary>
public sealed record ImportRowResponse(
    int Row, string Action, IReadOnlyDictionary<string, string?> Values, IReadOnlyList<ImportProblemResponse> Problems);

/// <summary>
/// A preview: every row with what importing it does, counted. Nothing is changed by a preview; an import of the same
/// file does exactly this when <c>Invalid</c> is 0 (and nothing at all otherwise). Format: Xlsx or Csv.
/// </summary>
public sealed record ImportPreviewResponse(
    string Format, int Total, int ToCreate, int ToSkip, int Invalid, IReadOnlyList<ImportRowResponse> Rows);

/// <summary>A person the staff import created, with the one-time link that sets their password.</summary>
public sealed record ImportedPersonResponse(int Row, Guid StaffId, string Email, string InvitationLink, DateTimeOffset ExpiresAt, bool Emailed);

/// <summary>The staff import's outcome: people created and rows skipped because their e-mail is already there.</summary>
public sealed record StaffImportResponse(int Created, int Skipped, IReadOnlyList<ImportedPersonResponse> People);

/// <summary>
/// The hospital import's outcome: rows that created something, rows skipped (the hospital and department are already
/// there), and what was created.
/// </summary>
public sealed record HospitalImportResponse(int Created, int Skipped, int HospitalsCreated, int DepartmentsCreated);
