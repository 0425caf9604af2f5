using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpecialtyAlliance.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Accounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deactivated_at",
                table: "staff_members",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_party_member",
                table: "staff_members",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "joined_at",
                table: "staff_members",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phone",
                table: "staff_members",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "specialties",
                table: "staff_members",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            // Everyone who exists already signed in with a password: they have joined.
            migrationBuilder.Sql("UPDATE staff_members SET joined_at = now() WHERE joined_at IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "deactivated_at",
                table: "staff_members");

            migrationBuilder.DropColumn(
                name: "is_party_member",
                table: "staff_members");

            migrationBuilder.DropColumn(
                name: "joined_at",
                table: "staff_members");

            migrationBuilder.DropColumn(
                name: "phone",
                table: "staff_members");

            migrationBuilder.DropColumn(
                name: "specialties",
                table: "staff_members");
        }
    }
}
