using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyAlliance.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AllianceWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "joint_activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    live_surgery = table.Column<bool>(type: "boolean", nullable: false),
                    hospital_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    party_branch_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    participants = table.Column<int>(type: "integer", nullable: false),
                    people_reached = table.Column<int>(type: "integer", nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_joint_activities", x => x.id);
                    table.CheckConstraint("ck_joint_activities_counts", "participants >= 0 AND people_reached >= 0");
                    table.CheckConstraint("ck_joint_activities_hospitals", "cardinality(hospital_ids) > 0");
                    table.ForeignKey(
                        name: "fk_joint_activities_staff_recorded_by_id",
                        column: x => x.recorded_by_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "support_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    county_hospital_id = table.Column<Guid>(type: "uuid", nullable: false),
                    county_department_id = table.Column<Guid>(type: "uuid", nullable: true),
                    specialty = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    need = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    months_wanted = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    requested_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_requests", x => x.id);
                    table.CheckConstraint("ck_support_requests_months_wanted", "months_wanted BETWEEN 1 AND 24");
                    table.ForeignKey(
                        name: "fk_support_requests_departments_county_department_id",
                        column: x => x.county_department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_support_requests_hospitals_county_hospital_id",
                        column: x => x.county_hospital_id,
                        principalTable: "hospitals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_support_requests_staff_members_requested_by_id",
                        column: x => x.requested_by_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "technology_gaps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hospital_id = table.Column<Guid>(type: "uuid", nullable: false),
                    specialty = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    technique = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    scope = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    priority = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    identified_on = table.Column<DateOnly>(type: "date", nullable: false),
                    target_date = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    declared_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    mentoring_department_id = table.Column<Guid>(type: "uuid", nullable: true),
                    mentoring_hospital_id = table.Column<Guid>(type: "uuid", nullable: true),
                    lead_mentor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    first_case_on = table.Column<DateOnly>(type: "date", nullable: true),
                    lead_operator_name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    lead_operator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    supervising_mentor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    case_reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    established_on = table.Column<DateOnly>(type: "date", nullable: true),
                    abandon_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_technology_gaps", x => x.id);
                    table.CheckConstraint("ck_technology_gaps_filled_has_first_case", "status NOT IN ('FirstCasePerformed', 'Established') OR first_case_on IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_technology_gaps_departments_mentoring_department_id",
                        column: x => x.mentoring_department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_technology_gaps_hospitals_hospital_id",
                        column: x => x.hospital_id,
                        principalTable: "hospitals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_technology_gaps_hospitals_mentoring_hospital_id",
                        column: x => x.mentoring_hospital_id,
                        principalTable: "hospitals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_technology_gaps_staff_members_declared_by_id",
                        column: x => x.declared_by_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_technology_gaps_staff_members_lead_mentor_id",
                        column: x => x.lead_mentor_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_technology_gaps_staff_members_lead_operator_id",
                        column: x => x.lead_operator_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_technology_gaps_staff_members_supervising_mentor_id",
                        column: x => x.supervising_mentor_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assistance_rotations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    clinician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    home_hospital_id = table.Column<Guid>(type: "uuid", nullable: false),
                    home_department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    host_hospital_id = table.Column<Guid>(type: "uuid", nullable: false),
                    host_department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    objectives = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    support_request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cancel_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    planned_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    planned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assistance_rotations", x => x.id);
                    table.CheckConstraint("ck_assistance_rotations_period", "ends_on >= starts_on");
                    table.ForeignKey(
                        name: "fk_assistance_rotations_departments_home_department_id",
                        column: x => x.home_department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assistance_rotations_departments_host_department_id",
                        column: x => x.host_department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assistance_rotations_hospitals_home_hospital_id",
                        column: x => x.home_hospital_id,
                        principalTable: "hospitals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assistance_rotations_hospitals_host_hospital_id",
                        column: x => x.host_hospital_id,
                        principalTable: "hospitals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assistance_rotations_staff_clinician_id",
                        column: x => x.clinician_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assistance_rotations_staff_planned_by_id",
                        column: x => x.planned_by_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assistance_rotations_support_requests_support_request_id",
                        column: x => x.support_request_id,
                        principalTable: "support_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assistance_rotations_clinician_id",
                table: "assistance_rotations",
                column: "clinician_id");

            migrationBuilder.CreateIndex(
                name: "ix_assistance_rotations_home_department_id",
                table: "assistance_rotations",
                column: "home_department_id");

            migrationBuilder.CreateIndex(
                name: "ix_assistance_rotations_home_hospital_id_status_starts_on",
                table: "assistance_rotations",
                columns: new[] { "home_hospital_id", "status", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_assistance_rotations_host_department_id_status_starts_on",
                table: "assistance_rotations",
                columns: new[] { "host_department_id", "status", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_assistance_rotations_host_hospital_id_status_starts_on",
                table: "assistance_rotations",
                columns: new[] { "host_hospital_id", "status", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_assistance_rotations_planned_by_id",
                table: "assistance_rotations",
                column: "planned_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_assistance_rotations_support_request_id",
                table: "assistance_rotations",
                column: "support_request_id");

            migrationBuilder.CreateIndex(
                name: "ix_joint_activities_held_on_kind",
                table: "joint_activities",
                columns: new[] { "held_on", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_joint_activities_hospital_ids",
                table: "joint_activities",
                column: "hospital_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_joint_activities_recorded_by_id",
                table: "joint_activities",
                column: "recorded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_requests_county_department_id",
                table: "support_requests",
                column: "county_department_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_requests_county_hospital_id_status_requested_at",
                table: "support_requests",
                columns: new[] { "county_hospital_id", "status", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_support_requests_requested_by_id",
                table: "support_requests",
                column: "requested_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_requests_status_requested_at",
                table: "support_requests",
                columns: new[] { "status", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_technology_gaps_declared_by_id",
                table: "technology_gaps",
                column: "declared_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_technology_gaps_first_case_on",
                table: "technology_gaps",
                column: "first_case_on",
                filter: "first_case_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_technology_gaps_hospital_id_status",
                table: "technology_gaps",
                columns: new[] { "hospital_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_technology_gaps_identified_on",
                table: "technology_gaps",
                column: "identified_on");

            migrationBuilder.CreateIndex(
                name: "ix_technology_gaps_lead_mentor_id",
                table: "technology_gaps",
                column: "lead_mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_technology_gaps_lead_operator_id",
                table: "technology_gaps",
                column: "lead_operator_id");

            migrationBuilder.CreateIndex(
                name: "ix_technology_gaps_mentoring_department_id",
                table: "technology_gaps",
                column: "mentoring_department_id");

            migrationBuilder.CreateIndex(
                name: "ix_technology_gaps_mentoring_hospital_id_status",
                table: "technology_gaps",
                columns: new[] { "mentoring_hospital_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_technology_gaps_specialty_status",
                table: "technology_gaps",
                columns: new[] { "specialty", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_technology_gaps_supervising_mentor_id",
                table: "technology_gaps",
                column: "supervising_mentor_id");

            // The rule EF Core has no API for: a clinician is never in two overlapping rotations (ADR 0014).
            // The SQL exactly as this migration ran it (ADR 0014): no clinician in two overlapping rotations, and writes
            // of one clinician's rotations take turns under an advisory lock (class 1396768769 = 0x53410001, "SA" + 1).
            migrationBuilder.Sql("""
                ALTER TABLE assistance_rotations
                    ADD CONSTRAINT ex_assistance_rotations_clinician_period
                    EXCLUDE USING gist (clinician_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&)
                    WHERE (status <> 'Cancelled');
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION assistance_rotations_lock_clinician() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' AND OLD.clinician_id <> NEW.clinician_id THEN
                        PERFORM pg_advisory_xact_lock(1396768769, hashtext(OLD.clinician_id::text));
                    END IF;
                    PERFORM pg_advisory_xact_lock(1396768769, hashtext(NEW.clinician_id::text));
                    RETURN NEW;
                END;
                $$;

                CREATE TRIGGER assistance_rotations_lock_clinician
                    BEFORE INSERT OR UPDATE OF clinician_id, starts_on, ends_on, status ON assistance_rotations
                    FOR EACH ROW EXECUTE FUNCTION assistance_rotations_lock_clinician();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS assistance_rotations_lock_clinician ON assistance_rotations;
                DROP FUNCTION IF EXISTS assistance_rotations_lock_clinician();
                """);
            migrationBuilder.Sql("ALTER TABLE assistance_rotations DROP CONSTRAINT IF EXISTS ex_assistance_rotations_clinician_period;");

            migrationBuilder.DropTable(
                name: "assistance_rotations");

            migrationBuilder.DropTable(
                name: "joint_activities");

            migrationBuilder.DropTable(
                name: "technology_gaps");

            migrationBuilder.DropTable(
                name: "support_requests");
        }
    }
}
