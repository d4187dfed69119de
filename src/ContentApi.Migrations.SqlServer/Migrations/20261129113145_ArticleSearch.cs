using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ArticleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
