using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// Full-text search: ArticleSearchDocuments holds one row per published article (title, summary, body, quotes,
    /// source names, and all of them in Everything, so the words of a query may sit in different fields), kept by
    /// triggers in the writing transaction, under a full-text index. SQL Server fills a full-text index
    /// asynchronously after the commit (change tracking AUTO): a write is searchable within seconds, not at once.
    /// </summary>
    public partial class ArticleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE [ArticleSearchDocuments] (
                    [ArticleId] int NOT NULL,
                    [Title] nvarchar(max) NOT NULL,
                    [Summary] nvarchar(max) NOT NULL,
                    [Body] nvarchar(max) NOT NULL,
                    [Quotes] nvarchar(max) NOT NULL,
                    [Sources] nvarchar(max) NOT NULL,
                    [Everything] nvarchar(max) NOT NULL,
                    CONSTRAINT [PK_ArticleSearchDocuments] PRIMARY KEY ([ArticleId]),
                    CONSTRAINT [FK_ArticleSearchDocuments_Articles] FOREIGN KEY ([ArticleId]) REFERENCES [Articles] ([Id]) ON DELETE CASCADE);
                """);
            migrationBuilder.Sql("CREATE TYPE [ContentSearchIds] AS TABLE ([Id] int NOT NULL PRIMARY KEY);");
            migrationBuilder.Sql("""
                CREATE PROCEDURE [ContentSearchRefresh] @ids [ContentSearchIds] READONLY AS
                BEGIN
                    SET NOCOUNT ON;
                    DELETE FROM [ArticleSearchDocuments] WHERE [ArticleId] IN (SELECT [Id] FROM @ids);
                    INSERT INTO [ArticleSearchDocuments] ([ArticleId], [Title], [Summary], [Body], [Quotes], [Sources], [Everything])
                    SELECT a.[Id], a.[Title], a.[Summary], b.[Body], q.[Quotes], n.[Sources],
                        CONCAT_WS(CHAR(10), a.[Title], a.[Summary], b.[Body], q.[Quotes], n.[Sources])
                    FROM [Articles] AS a
                    CROSS APPLY (SELECT COALESCE(STRING_AGG(CAST(p.[value] AS nvarchar(max)), CHAR(10)) WITHIN GROUP (ORDER BY CAST(p.[key] AS int)), N'') AS [Body]
                        FROM OPENJSON(a.[Paragraphs]) AS p) AS b
                    CROSS APPLY (SELECT COALESCE(STRING_AGG(CAST(x.[Text] AS nvarchar(max)), CHAR(10)) WITHIN GROUP (ORDER BY x.[Position], x.[Id]), N'') AS [Quotes]
                        FROM [Quotes] AS x WHERE x.[ArticleId] = a.[Id]) AS q
                    CROSS APPLY (SELECT COALESCE(STRING_AGG(CAST(s.[Name] AS nvarchar(max)), CHAR(10)) WITHIN GROUP (ORDER BY s.[Id]), N'') AS [Sources]
                        FROM [QuotedSources] AS s WHERE s.[Id] IN (SELECT x.[SourceId] FROM [Quotes] AS x WHERE x.[ArticleId] = a.[Id])) AS n
                    WHERE a.[Id] IN (SELECT [Id] FROM @ids) AND a.[Status] = N'Published';
                END
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER [ArticleSearch_ArticleChanged] ON [Articles] AFTER INSERT, UPDATE AS
                BEGIN
                    SET NOCOUNT ON;
                    DECLARE @ids [ContentSearchIds];
                    INSERT INTO @ids SELECT [Id] FROM inserted;
                    EXEC [ContentSearchRefresh] @ids;
                END
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER [ArticleSearch_QuoteChanged] ON [Quotes] AFTER INSERT, UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    DECLARE @ids [ContentSearchIds];
                    INSERT INTO @ids SELECT [ArticleId] FROM inserted UNION SELECT [ArticleId] FROM deleted;
                    EXEC [ContentSearchRefresh] @ids;
                END
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER [ArticleSearch_SourceRenamed] ON [QuotedSources] AFTER UPDATE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF NOT UPDATE([Name]) RETURN;
                    DECLARE @ids [ContentSearchIds];
                    INSERT INTO @ids SELECT DISTINCT q.[ArticleId] FROM [Quotes] AS q JOIN inserted AS i ON i.[Id] = q.[SourceId];
                    EXEC [ContentSearchRefresh] @ids;
                END
                """);
            migrationBuilder.Sql("""
                DECLARE @all [ContentSearchIds];
                INSERT INTO @all SELECT [Id] FROM [Articles];
                EXEC [ContentSearchRefresh] @all;
                """);
            // Full-text catalogs and indexes cannot be created inside a transaction.
            migrationBuilder.Sql("CREATE FULLTEXT CATALOG [ContentSearch] WITH ACCENT_SENSITIVITY = OFF;", suppressTransaction: true);
            migrationBuilder.Sql("""
                CREATE FULLTEXT INDEX ON [ArticleSearchDocuments] (
                    [Title] LANGUAGE 1033, [Summary] LANGUAGE 1033, [Body] LANGUAGE 1033, [Quotes] LANGUAGE 1033,
                    [Sources] LANGUAGE 1033, [Everything] LANGUAGE 1033)
                KEY INDEX [PK_ArticleSearchDocuments] ON [ContentSearch] WITH CHANGE_TRACKING AUTO;
                """, suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FULLTEXT INDEX ON [ArticleSearchDocuments];", suppressTransaction: true);
            migrationBuilder.Sql("DROP FULLTEXT CATALOG [ContentSearch];", suppressTransaction: true);
            migrationBuilder.Sql("DROP TRIGGER [ArticleSearch_SourceRenamed];");
            migrationBuilder.Sql("DROP TRIGGER [ArticleSearch_QuoteChanged];");
            migrationBuilder.Sql("DROP TRIGGER [ArticleSearch_ArticleChanged];");
            migrationBuilder.Sql("DROP PROCEDURE [ContentSearchRefresh];");
            migrationBuilder.Sql("DROP TYPE [ContentSearchIds];");
            migrationBuilder.Sql("DROP TABLE [ArticleSearchDocuments];");
        }
    }
}
