using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Data.Migrations
{
    /// <summary>
    /// Full-text search: the external-content FTS5 table ArticleSearch over the view ArticleSearchSource (one row per
    /// published article: title, summary, body, quotes, source names).
    /// Writing FTS5 from a trigger on every row made imports many times slower (SQLite flushes FTS5's pending
    /// writes at each statement of a transaction), so the triggers only note what changed: the first time a
    /// transaction touches an article they take its row out of the index, while the view still shows what was
    /// indexed (an external-content table must be told the old values), and list the article in ArticleSearchPending.
    /// The application adds the listed articles back in one statement as the transaction commits (RefreshSql).
    /// </summary>
    public partial class ArticleSearch : Migration
    {
        /// <summary>
        /// Indexes the pending articles and clears the list: run inside the writing transaction, before its commit.
        /// CROSS JOIN keeps SQLite reading from the (short) pending list into the view, never the other way round.
        /// </summary>
        public const string RefreshSql = """
            INSERT INTO "ArticleSearch"(rowid, "Title", "Summary", "Body", "Quotes", "Sources")
            SELECT v."Id", v."Title", v."Summary", v."Body", v."Quotes", v."Sources"
            FROM "ArticleSearchPending" AS p CROSS JOIN "ArticleSearchSource" AS v ON v."Id" = p."ArticleId";
            DELETE FROM "ArticleSearchPending";
            """;

        private const string Columns = "\"Title\", \"Summary\", \"Body\", \"Quotes\", \"Sources\"";

        private static readonly string[] Triggers =
        [
            "ArticleSearch_ArticleInserted", "ArticleSearch_ArticleUpdating", "ArticleSearch_ArticleDeleting", "ArticleSearch_QuoteInserting",
            "ArticleSearch_QuoteUpdating", "ArticleSearch_QuoteDeleting", "ArticleSearch_SourceRenaming",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The body is read with json_extract: SQLite does not resolve the table-valued json_each inside a trigger.
            migrationBuilder.Sql("""
                CREATE VIEW "ArticleSearchSource" AS
                SELECT a."Id", a."Title", a."Summary",
                    (WITH RECURSIVE p(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM p WHERE i + 1 < json_array_length(a."Paragraphs"))
                        SELECT group_concat(json_extract(a."Paragraphs", '$[' || i || ']'), char(10)) FROM p) AS "Body",
                    (SELECT group_concat(q."Text", char(10))
                        FROM (SELECT "Text" FROM "Quotes" WHERE "ArticleId" = a."Id" ORDER BY "Position", "Id") AS q) AS "Quotes",
                    (SELECT group_concat(n."Name", char(10))
                        FROM (SELECT s."Name" FROM "QuotedSources" AS s
                            WHERE s."Id" IN (SELECT "SourceId" FROM "Quotes" WHERE "ArticleId" = a."Id") ORDER BY s."Id") AS n) AS "Sources"
                FROM "Articles" AS a
                WHERE a."Status" = 'Published';
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
                    Title, Summary, Body, Quotes, Sources,
                    content = 'ArticleSearchSource', content_rowid = 'Id',
                    tokenize = 'porter unicode61 remove_diacritics 2');
                CREATE TABLE "ArticleSearchPending" ("ArticleId" INTEGER NOT NULL PRIMARY KEY);
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "ArticleSearch_ArticleInserted" AFTER INSERT ON "Articles" BEGIN INSERT OR IGNORE INTO "ArticleSearchPending"("ArticleId") VALUES (NEW."Id"); END;
                CREATE TRIGGER "ArticleSearch_ArticleUpdating" BEFORE UPDATE OF "Title", "Summary", "Paragraphs", "Status" ON "Articles" BEGIN {Touch("OLD.\"Id\"")} END;
                CREATE TRIGGER "ArticleSearch_ArticleDeleting" BEFORE DELETE ON "Articles" BEGIN {Touch("OLD.\"Id\"")} END;
                CREATE TRIGGER "ArticleSearch_QuoteInserting" BEFORE INSERT ON "Quotes" BEGIN {Touch("NEW.\"ArticleId\"")} END;
                CREATE TRIGGER "ArticleSearch_QuoteUpdating" BEFORE UPDATE OF "Text", "Position", "ArticleId", "SourceId" ON "Quotes" BEGIN {Touch("OLD.\"ArticleId\"")} {Touch("NEW.\"ArticleId\"")} END;
                CREATE TRIGGER "ArticleSearch_QuoteDeleting" BEFORE DELETE ON "Quotes" BEGIN {Touch("OLD.\"ArticleId\"")} END;
                CREATE TRIGGER "ArticleSearch_SourceRenaming" BEFORE UPDATE OF "Name" ON "QuotedSources" BEGIN {TouchQuotingArticles("OLD.\"Id\"")} END;
                """);
            migrationBuilder.Sql("""INSERT INTO "ArticleSearchPending"("ArticleId") SELECT "Id" FROM "Articles";""");
            migrationBuilder.Sql(RefreshSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Triggers)
            {
                migrationBuilder.Sql($"""DROP TRIGGER "{trigger}";""");
            }

            migrationBuilder.Sql("""
                DROP TABLE "ArticleSearchPending";
                DROP TABLE "ArticleSearch";
                DROP VIEW "ArticleSearchSource";
                """);
        }

        /// <summary>
        /// Takes an article out of the index unless this transaction already did (it is pending then), and lists it
        /// as pending. One id compared with '=': SQLite plans "IN (SELECT NEW.x)" over the view as a scan of all articles.
        /// </summary>
        private static string Touch(string articleId) => $"""
            INSERT INTO "ArticleSearch"("ArticleSearch", rowid, {Columns})
            SELECT 'delete', "Id", {Columns} FROM "ArticleSearchSource"
            WHERE "Id" = {articleId} AND NOT EXISTS (SELECT 1 FROM "ArticleSearchPending" WHERE "ArticleId" = {articleId});
            INSERT OR IGNORE INTO "ArticleSearchPending"("ArticleId") VALUES ({articleId});
            """;

        /// <summary><see cref="Touch"/> for every article quoting a source: a rename is rare, so a plain loop over the rows serves.</summary>
        private static string TouchQuotingArticles(string sourceId) => $"""
            INSERT INTO "ArticleSearch"("ArticleSearch", rowid, {Columns})
            SELECT 'delete', v."Id", v."Title", v."Summary", v."Body", v."Quotes", v."Sources"
            FROM (SELECT DISTINCT "ArticleId" FROM "Quotes" WHERE "SourceId" = {sourceId}) AS q
            CROSS JOIN "ArticleSearchSource" AS v ON v."Id" = q."ArticleId"
            WHERE NOT EXISTS (SELECT 1 FROM "ArticleSearchPending" WHERE "ArticleId" = q."ArticleId");
            INSERT OR IGNORE INTO "ArticleSearchPending"("ArticleId") SELECT "ArticleId" FROM "Quotes" WHERE "SourceId" = {sourceId};
            """;
    }
}
