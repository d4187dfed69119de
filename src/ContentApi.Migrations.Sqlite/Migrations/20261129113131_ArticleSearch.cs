using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Data.Migrations
{
    /// <summary>
    /// Full-text search: the FTS5 table ArticleSearch over the view ArticleSearchSource (one row per published
    /// article: title, summary, body, quotes, source names), kept in step by triggers in the writing transaction.
    /// An external-content FTS5 table must be told the old values of a row it forgets, so the BEFORE triggers
    /// remove an article's row while the view still shows it as indexed, and the AFTER triggers add it back.
    /// The body is read with json_extract: SQLite does not resolve the table-valued json_each inside a trigger.
    /// </summary>
    public partial class ArticleSearch : Migration
    {
        private static readonly string[] Triggers =
        [
            "ArticleSearch_ArticleInserted", "ArticleSearch_ArticleUpdating", "ArticleSearch_ArticleUpdated", "ArticleSearch_ArticleDeleting",
            "ArticleSearch_QuoteInserting", "ArticleSearch_QuoteInserted", "ArticleSearch_QuoteUpdating", "ArticleSearch_QuoteUpdated",
            "ArticleSearch_QuoteDeleting", "ArticleSearch_QuoteDeleted", "ArticleSearch_SourceRenaming", "ArticleSearch_SourceRenamed",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIEW "ArticleSearchSource" AS
                SELECT a."Id",
                    a."Title",
                    a."Summary",
                    (WITH RECURSIVE p(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM p WHERE i + 1 < json_array_length(a."Paragraphs"))
                        SELECT group_concat(json_extract(a."Paragraphs", '$[' || i || ']'), char(10)) FROM p) AS "Body",
                    (SELECT group_concat(q."Text", char(10))
                        FROM (SELECT "Text" FROM "Quotes" WHERE "ArticleId" = a."Id" ORDER BY "Position", "Id") AS q) AS "Quotes",
                    (SELECT group_concat(n."Name", char(10))
                        FROM (SELECT s."Name" FROM "Quotes" AS x JOIN "QuotedSources" AS s ON s."Id" = x."SourceId"
                            WHERE x."ArticleId" = a."Id" GROUP BY s."Id", s."Name" ORDER BY min(x."Position"), s."Id") AS n) AS "Sources"
                FROM "Articles" AS a
                WHERE a."Status" = 'Published';
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
                    Title, Summary, Body, Quotes, Sources,
                    content = 'ArticleSearchSource', content_rowid = 'Id',
                    tokenize = 'porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "ArticleSearch_ArticleInserted" AFTER INSERT ON "Articles" BEGIN {Add("NEW.\"Id\"")} END;
                CREATE TRIGGER "ArticleSearch_ArticleUpdating" BEFORE UPDATE OF "Title", "Summary", "Paragraphs", "Status" ON "Articles" BEGIN {Remove("OLD.\"Id\"")} END;
                CREATE TRIGGER "ArticleSearch_ArticleUpdated" AFTER UPDATE OF "Title", "Summary", "Paragraphs", "Status" ON "Articles" BEGIN {Add("NEW.\"Id\"")} END;
                CREATE TRIGGER "ArticleSearch_ArticleDeleting" BEFORE DELETE ON "Articles" BEGIN {Remove("OLD.\"Id\"")} END;
                CREATE TRIGGER "ArticleSearch_QuoteInserting" BEFORE INSERT ON "Quotes" BEGIN {Remove("NEW.\"ArticleId\"")} END;
                CREATE TRIGGER "ArticleSearch_QuoteInserted" AFTER INSERT ON "Quotes" BEGIN {Add("NEW.\"ArticleId\"")} END;
                CREATE TRIGGER "ArticleSearch_QuoteUpdating" BEFORE UPDATE OF "Text", "Position", "ArticleId", "SourceId" ON "Quotes" BEGIN {Remove("OLD.\"ArticleId\", NEW.\"ArticleId\"")} END;
                CREATE TRIGGER "ArticleSearch_QuoteUpdated" AFTER UPDATE OF "Text", "Position", "ArticleId", "SourceId" ON "Quotes" BEGIN {Add("OLD.\"ArticleId\", NEW.\"ArticleId\"")} END;
                CREATE TRIGGER "ArticleSearch_QuoteDeleting" BEFORE DELETE ON "Quotes" BEGIN {Remove("OLD.\"ArticleId\"")} END;
                CREATE TRIGGER "ArticleSearch_QuoteDeleted" AFTER DELETE ON "Quotes" BEGIN {Add("OLD.\"ArticleId\"")} END;
                CREATE TRIGGER "ArticleSearch_SourceRenaming" BEFORE UPDATE OF "Name" ON "QuotedSources" BEGIN {Remove(QuotingArticles)} END;
                CREATE TRIGGER "ArticleSearch_SourceRenamed" AFTER UPDATE OF "Name" ON "QuotedSources" BEGIN {Add(QuotingArticles)} END;
                """);
            migrationBuilder.Sql("""INSERT INTO "ArticleSearch"("ArticleSearch") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Triggers)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{trigger}";""");
            }

            migrationBuilder.Sql("""DROP TABLE "ArticleSearch";""");
            migrationBuilder.Sql("""DROP VIEW "ArticleSearchSource";""");
        }

        private const string QuotingArticles = """SELECT "ArticleId" FROM "Quotes" WHERE "SourceId" = NEW."Id" """;

        private const string Columns = "\"Title\", \"Summary\", \"Body\", \"Quotes\", \"Sources\"";

        private static string Add(string articleIds) =>
            $"""INSERT INTO "ArticleSearch"(rowid, {Columns}) SELECT "Id", {Columns} FROM "ArticleSearchSource" WHERE "Id" IN ({articleIds});""";

        private static string Remove(string articleIds) =>
            $"""INSERT INTO "ArticleSearch"("ArticleSearch", rowid, {Columns}) SELECT 'delete', "Id", {Columns} FROM "ArticleSearchSource" WHERE "Id" IN ({articleIds});""";
    }
}
