using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EditorialWrites : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "Topics",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "Topics",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_CS_AS_SC");

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAt",
                table: "Topics",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ModifiedBy",
                table: "Topics",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_CS_AS_SC");

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "QuotedSources",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "QuotedSources",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_CS_AS_SC");

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAt",
                table: "QuotedSources",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ModifiedBy",
                table: "QuotedSources",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_CS_AS_SC");

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "Articles",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "Articles",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_CS_AS_SC");

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedAt",
                table: "Articles",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ModifiedBy",
                table: "Articles",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Latin1_General_100_CS_AS_SC");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Articles",
                type: "int",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "ModifiedAt",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "ModifiedBy",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "QuotedSources");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "QuotedSources");

            migrationBuilder.DropColumn(
                name: "ModifiedAt",
                table: "QuotedSources");

            migrationBuilder.DropColumn(
                name: "ModifiedBy",
                table: "QuotedSources");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ModifiedAt",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ModifiedBy",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Articles");
        }
    }
}
