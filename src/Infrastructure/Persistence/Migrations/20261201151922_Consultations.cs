using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyAlliance.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Consultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    requesting_hospital_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requester_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requesting_department_id = table.Column<Guid>(type: "uuid", nullable: true),
                    specialty = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    urgency = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    patient_reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    patient_age = table.Column<int>(type: "integer", nullable: false),
                    patient_sex = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    question = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    routed_department_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    routed_hospital_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    response_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    claimed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    claimed_department_id = table.Column<Guid>(type: "uuid", nullable: true),
                    first_claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    escalated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    info_request = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    info_response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    scheduled_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    scheduled_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    opinion = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    recommendation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    follow_up_days = table.Column<int>(type: "integer", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    satisfaction = table.Column<int>(type: "integer", nullable: true),
                    referral_avoided = table.Column<bool>(type: "boolean", nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    cancellation_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    last_sequence = table.Column<long>(type: "bigint", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultations", x => x.id);
                    table.CheckConstraint("ck_consultations_follow_up_days", "follow_up_days IS NULL OR follow_up_days BETWEEN 1 AND 365");
                    table.CheckConstraint("ck_consultations_patient_age", "patient_age BETWEEN 0 AND 130");
                    table.CheckConstraint("ck_consultations_routed", "cardinality(routed_department_ids) > 0");
                    table.CheckConstraint("ck_consultations_satisfaction", "satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "fk_consultations_departments_claimed_department_id",
                        column: x => x.claimed_department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultations_departments_requesting_department_id",
                        column: x => x.requesting_department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultations_hospitals_requesting_hospital_id",
                        column: x => x.requesting_hospital_id,
                        principalTable: "hospitals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultations_staff_claimed_by_id",
                        column: x => x.claimed_by_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consultations_staff_requester_id",
                        column: x => x.requester_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    operation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_keys", x => new { x.user_id, x.key });
                    table.ForeignKey(
                        name: "fk_idempotency_keys_staff_user_id",
                        column: x => x.user_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "specialist_availability",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    specialist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    day_of_week = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    local_start = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    local_end = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_specialist_availability", x => x.id);
                    table.CheckConstraint("ck_specialist_availability_shape", "(kind = 'Weekly' AND day_of_week IS NOT NULL AND local_start IS NOT NULL AND local_end IS NOT NULL AND local_start < local_end AND starts_at IS NULL AND ends_at IS NULL) OR (kind IN ('Available', 'Unavailable') AND starts_at IS NOT NULL AND ends_at IS NOT NULL AND starts_at < ends_at AND day_of_week IS NULL)");
                    table.ForeignKey(
                        name: "fk_specialist_availability_staff_specialist_id",
                        column: x => x.specialist_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consultation_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    from = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    to = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consultation_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_consultation_history_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_consultation_history_staff_actor_id",
                        column: x => x.actor_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requesting_hospital_id = table.Column<Guid>(type: "uuid", nullable: false),
                    receiving_hospital_id = table.Column<Guid>(type: "uuid", nullable: false),
                    receiving_department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    priority_treatment = table.Column<bool>(type: "boolean", nullable: false),
                    priority_examination = table.Column<bool>(type: "boolean", nullable: false),
                    priority_admission = table.Column<bool>(type: "boolean", nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    expected_date = table.Column<DateOnly>(type: "date", nullable: true),
                    admitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    return_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    declined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    last_actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_referrals_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_departments_receiving_department_id",
                        column: x => x.receiving_department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_hospitals_receiving_hospital_id",
                        column: x => x.receiving_hospital_id,
                        principalTable: "hospitals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_hospitals_requesting_hospital_id",
                        column: x => x.requesting_hospital_id,
                        principalTable: "hospitals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_staff_requested_by_id",
                        column: x => x.requested_by_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "specialist_bookings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    specialist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_specialist_bookings", x => x.id);
                    table.CheckConstraint("ck_specialist_bookings_order", "starts_at < ends_at");
                    table.ForeignKey(
                        name: "fk_specialist_bookings_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_specialist_bookings_staff_specialist_id",
                        column: x => x.specialist_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_consultation_history_action_at",
                table: "consultation_history",
                columns: new[] { "action", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_consultation_history_actor_id",
                table: "consultation_history",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_history_consultation_id_sequence",
                table: "consultation_history",
                columns: new[] { "consultation_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_consultations_awaiting_escalation",
                table: "consultations",
                column: "response_due_at",
                filter: "status = 'Requested' AND escalated_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_claimed_by_id",
                table: "consultations",
                column: "claimed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_claimed_department_id",
                table: "consultations",
                column: "claimed_department_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_last_sequence",
                table: "consultations",
                column: "last_sequence");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_requester_id",
                table: "consultations",
                column: "requester_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_requesting_department_id",
                table: "consultations",
                column: "requesting_department_id");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_requesting_hospital_id_requested_at",
                table: "consultations",
                columns: new[] { "requesting_hospital_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_consultations_routed_department_ids",
                table: "consultations",
                column: "routed_department_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_routed_hospital_ids",
                table: "consultations",
                column: "routed_hospital_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_specialty_requested_at",
                table: "consultations",
                columns: new[] { "specialty", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_consultations_status_requested_at",
                table: "consultations",
                columns: new[] { "status", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_created_at",
                table: "idempotency_keys",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_receiving_department_id",
                table: "referrals",
                column: "receiving_department_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_receiving_hospital_id_requested_at",
                table: "referrals",
                columns: new[] { "receiving_hospital_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_requested_by_id",
                table: "referrals",
                column: "requested_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_requesting_hospital_id_requested_at",
                table: "referrals",
                columns: new[] { "requesting_hospital_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ux_referrals_open_per_consultation",
                table: "referrals",
                column: "consultation_id",
                unique: true,
                filter: "status <> 'Declined'");

            migrationBuilder.CreateIndex(
                name: "ix_specialist_availability_specialist_id_kind",
                table: "specialist_availability",
                columns: new[] { "specialist_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_specialist_bookings_consultation_id_status",
                table: "specialist_bookings",
                columns: new[] { "consultation_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_specialist_bookings_specialist_id_starts_at",
                table: "specialist_bookings",
                columns: new[] { "specialist_id", "starts_at" });

            // The SQL exactly as this migration ran it (ADRs 0008, 0010): the change sequence, and no specialist with two
            // overlapping active bookings (GiST over specialist and [start, end); btree_gist gives uuid equality).
            migrationBuilder.Sql("""
                CREATE SEQUENCE consultation_change_seq AS bigint START WITH 1 INCREMENT BY 1 NO CYCLE;
                ALTER TABLE specialist_bookings ADD CONSTRAINT ex_specialist_bookings_no_overlap EXCLUDE USING gist (specialist_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status = 'Active');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE IF EXISTS specialist_bookings DROP CONSTRAINT IF EXISTS ex_specialist_bookings_no_overlap;
                DROP SEQUENCE IF EXISTS consultation_change_seq;
                """);

            migrationBuilder.DropTable(
                name: "consultation_history");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "specialist_availability");

            migrationBuilder.DropTable(
                name: "specialist_bookings");

            migrationBuilder.DropTable(
                name: "consultations");
        }
    }
}
