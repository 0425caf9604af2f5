using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyAlliance.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_referrals_requested_at",
                table: "referrals",
                column: "requested_at");

            migrationBuilder.CreateIndex(
                name: "ix_consultations_requested_at",
                table: "consultations",
                column: "requested_at");

            migrationBuilder.CreateIndex(
                name: "ix_consultation_history_claims",
                table: "consultation_history",
                columns: new[] { "consultation_id", "at" },
                filter: "action = 'Claim'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_referrals_requested_at",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "ix_consultations_requested_at",
                table: "consultations");

            migrationBuilder.DropIndex(
                name: "ix_consultation_history_claims",
                table: "consultation_history");
        }
    }
}
