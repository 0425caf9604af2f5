using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyAlliance.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid[]>(
                name: "hospital_ids",
                table: "audit_entries",
                type: "uuid[]",
                nullable: false,
                defaultValue: new Guid[0]);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor_id",
                table: "audit_entries",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_hospital_ids",
                table: "audit_entries",
                column: "hospital_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            // ADR 0038: the audit trail is append-only. The SQL is written out here, as it ran, not built from a
            // runtime constant, so changing code later never changes what this migration did.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_refuse_change() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit entries are append-only: % of audit entry % refused', TG_OP, OLD.id
                        USING ERRCODE = 'insufficient_privilege', HINT = 'Add an entry instead of changing one.';
                END;
                $$;

                CREATE TRIGGER audit_entries_append_only
                    BEFORE UPDATE OR DELETE ON audit_entries
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER audit_entries_append_only ON audit_entries;
                DROP FUNCTION audit_entries_refuse_change();
                """);

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_actor_id",
                table: "audit_entries");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_hospital_ids",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "hospital_ids",
                table: "audit_entries");
        }
    }
}
