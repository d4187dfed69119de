using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// Full-text search, built once per article and transaction: the row triggers only list the changed articles in
    /// ArticleSearchPending, and a deferred constraint trigger on that list builds their vectors in one statement as
    /// the transaction commits. Rebuilding an article's vector in the trigger of every row written rebuilt it once
    /// for the article and again for each of its quotes, and the plan cached for an empty table scanned ArticleSearch
    /// on every rebuild: 20,000 synthetic articles took over 20 minutes instead of 30 s. The rebuild itself reads
    /// the pending articles' quotes and sources in two grouped scans rather than two subqueries per article, and the
    /// accent folding skips text that is plain ASCII (translate() compares each character with the whole accent
    /// list: it took longer than the stemming); the vectors it builds are the same. The insert triggers skip rows
    /// written while content_search.bulk_insert is on: the synthetic corpus builds its new articles' vectors itself.
    /// </summary>
    public partial class ArticleSearchDeferred : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE OR REPLACE FUNCTION content_search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT CASE WHEN $1 ~ E'[^\\x01-\\x7f]' THEN translate($1, '{ArticleSearch.Accented}', '{ArticleSearch.Plain}') ELSE $1 END $$;
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION content_search_refresh(article_ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM "ArticleSearch" WHERE "ArticleId" = ANY (article_ids);
                    INSERT INTO "ArticleSearch" ("ArticleId", "Document")
                    SELECT a."Id",
                        setweight(to_tsvector('english', content_search_fold(a."Title")), 'A')
                        || setweight(to_tsvector('english', content_search_fold(a."Summary")), 'B')
                        || setweight(to_tsvector('english', content_search_fold(array_to_string(a."Paragraphs", E'\n'))), 'C')
                        || setweight(to_tsvector('english', content_search_fold(coalesce(q."Text", ''))), 'C')
                        || setweight(to_tsvector('english', content_search_fold(coalesce(s."Names", ''))), 'D')
                    FROM "Articles" AS a
                    LEFT JOIN (
                        SELECT "ArticleId", string_agg("Text", E'\n' ORDER BY "Position", "Id") AS "Text"
                        FROM "Quotes" WHERE "ArticleId" = ANY (article_ids) GROUP BY "ArticleId") AS q ON q."ArticleId" = a."Id"
                    LEFT JOIN (
                        SELECT d."ArticleId", string_agg(n."Name", E'\n' ORDER BY n."Id") AS "Names"
                        FROM (SELECT DISTINCT "ArticleId", "SourceId" FROM "Quotes" WHERE "ArticleId" = ANY (article_ids)) AS d
                        JOIN "QuotedSources" AS n ON n."Id" = d."SourceId"
                        GROUP BY d."ArticleId") AS s ON s."ArticleId" = a."Id"
                    WHERE a."Id" = ANY (article_ids) AND a."Status" = 'Published';
                END $$;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER "ArticleSearch_SourceRenamed" ON "QuotedSources";
                DROP TRIGGER "ArticleSearch_QuoteChanged" ON "Quotes";
                DROP TRIGGER "ArticleSearch_ArticleUpdated" ON "Articles";
                DROP TRIGGER "ArticleSearch_ArticleInserted" ON "Articles";
                DROP FUNCTION content_search_source_renamed();
                DROP FUNCTION content_search_quote_changed();
                DROP FUNCTION content_search_article_changed();

                CREATE TABLE "ArticleSearchPending" ("ArticleId" integer NOT NULL PRIMARY KEY);

                CREATE FUNCTION content_search_list_article() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "ArticleSearchPending" ("ArticleId") VALUES (NEW."Id") ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION content_search_list_quote() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        INSERT INTO "ArticleSearchPending" ("ArticleId") VALUES (OLD."ArticleId") ON CONFLICT DO NOTHING;
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        INSERT INTO "ArticleSearchPending" ("ArticleId") VALUES (NEW."ArticleId") ON CONFLICT DO NOTHING;
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION content_search_list_source() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "ArticleSearchPending" ("ArticleId")
                    SELECT DISTINCT q."ArticleId" FROM "Quotes" AS q WHERE q."SourceId" = NEW."Id" ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $$;

                -- Fires at commit once per listed article; the first call builds them all and empties the list, the
                -- others find their row gone (one primary-key probe each).
                CREATE FUNCTION content_search_flush() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    article_ids integer[];
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM "ArticleSearchPending" WHERE "ArticleId" = NEW."ArticleId") THEN
                        RETURN NULL;
                    END IF;
                    WITH taken AS (DELETE FROM "ArticleSearchPending" RETURNING "ArticleId")
                    SELECT array_agg("ArticleId") INTO article_ids FROM taken;
                    PERFORM content_search_refresh(article_ids);
                    RETURN NULL;
                END $$;

                -- A bulk insert of new articles (the synthetic corpus) sets content_search.bulk_insert for its inserts and
                -- builds their vectors itself: a WHEN condition is checked without calling the trigger's function.
                CREATE TRIGGER "ArticleSearch_ArticleInserted" AFTER INSERT ON "Articles"
                    FOR EACH ROW WHEN (current_setting('content_search.bulk_insert', true) IS DISTINCT FROM 'on')
                    EXECUTE FUNCTION content_search_list_article();
                CREATE TRIGGER "ArticleSearch_ArticleUpdated" AFTER UPDATE OF "Title", "Summary", "Paragraphs", "Status" ON "Articles"
                    FOR EACH ROW EXECUTE FUNCTION content_search_list_article();
                CREATE TRIGGER "ArticleSearch_QuoteInserted" AFTER INSERT ON "Quotes"
                    FOR EACH ROW WHEN (current_setting('content_search.bulk_insert', true) IS DISTINCT FROM 'on')
                    EXECUTE FUNCTION content_search_list_quote();
                CREATE TRIGGER "ArticleSearch_QuoteChanged" AFTER DELETE OR UPDATE OF "Text", "Position", "ArticleId", "SourceId" ON "Quotes"
                    FOR EACH ROW EXECUTE FUNCTION content_search_list_quote();
                CREATE TRIGGER "ArticleSearch_SourceRenamed" AFTER UPDATE OF "Name" ON "QuotedSources"
                    FOR EACH ROW EXECUTE FUNCTION content_search_list_source();
                CREATE CONSTRAINT TRIGGER "ArticleSearch_Flush" AFTER INSERT ON "ArticleSearchPending"
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_search_flush();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "ArticleSearch_Flush" ON "ArticleSearchPending";
                DROP TRIGGER "ArticleSearch_SourceRenamed" ON "QuotedSources";
                DROP TRIGGER "ArticleSearch_QuoteChanged" ON "Quotes";
                DROP TRIGGER "ArticleSearch_QuoteInserted" ON "Quotes";
                DROP TRIGGER "ArticleSearch_ArticleUpdated" ON "Articles";
                DROP TRIGGER "ArticleSearch_ArticleInserted" ON "Articles";
                DROP FUNCTION content_search_flush();
                DROP FUNCTION content_search_list_source();
                DROP FUNCTION content_search_list_quote();
                DROP FUNCTION content_search_list_article();
                DROP TABLE "ArticleSearchPending";

                CREATE FUNCTION content_search_article_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM content_search_refresh(ARRAY[NEW."Id"]);
                    RETURN NULL;
                END $$;

                CREATE FUNCTION content_search_quote_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        PERFORM content_search_refresh(ARRAY[NEW."ArticleId"]);
                    ELSIF TG_OP = 'DELETE' THEN
                        PERFORM content_search_refresh(ARRAY[OLD."ArticleId"]);
                    ELSE
                        PERFORM content_search_refresh(ARRAY[OLD."ArticleId", NEW."ArticleId"]);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION content_search_source_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM content_search_refresh(ARRAY(SELECT DISTINCT q."ArticleId" FROM "Quotes" AS q WHERE q."SourceId" = NEW."Id"));
                    RETURN NULL;
                END $$;

                CREATE TRIGGER "ArticleSearch_ArticleInserted" AFTER INSERT ON "Articles"
                    FOR EACH ROW EXECUTE FUNCTION content_search_article_changed();
                CREATE TRIGGER "ArticleSearch_ArticleUpdated" AFTER UPDATE OF "Title", "Summary", "Paragraphs", "Status" ON "Articles"
                    FOR EACH ROW EXECUTE FUNCTION content_search_article_changed();
                CREATE TRIGGER "ArticleSearch_QuoteChanged" AFTER INSERT OR DELETE OR UPDATE OF "Text", "ArticleId", "SourceId" ON "Quotes"
                    FOR EACH ROW EXECUTE FUNCTION content_search_quote_changed();
                CREATE TRIGGER "ArticleSearch_SourceRenamed" AFTER UPDATE OF "Name" ON "QuotedSources"
                    FOR EACH ROW EXECUTE FUNCTION content_search_source_renamed();
                """);
            migrationBuilder.Sql($"""
                CREATE OR REPLACE FUNCTION content_search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT translate($1, '{ArticleSearch.Accented}', '{ArticleSearch.Plain}') $$;
                DROP FUNCTION content_search_refresh(integer[]);
                """);
            migrationBuilder.Sql(ArticleSearch.RefreshFunctionSql);
        }
    }
}
