using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class RelatedArticleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Quotes_ArticleId_SourceId",
                table: "Quotes",
                columns: new[] { "ArticleId", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_PublishedAt_Section",
                table: "Articles",
                columns: new[] { "Status", "PublishedAt", "Section" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_ArticleId_SourceId",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_PublishedAt_Section",
                table: "Articles");
        }
    }
}
