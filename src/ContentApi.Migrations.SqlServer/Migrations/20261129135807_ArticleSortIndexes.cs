using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ArticleSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Title",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_Section_Id",
                table: "Articles",
                columns: new[] { "Status", "Section", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_Slug_Id",
                table: "Articles",
                columns: new[] { "Status", "Slug", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_Title_Id",
                table: "Articles",
                columns: new[] { "Status", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_UpdatedAt_Id",
                table: "Articles",
                columns: new[] { "Status", "UpdatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_Section_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_Slug_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_Title_Id",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_UpdatedAt_Id",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Title",
                table: "Articles",
                column: "Title");
        }
    }
}
