using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// Full-text search: ArticleSearch holds one weighted tsvector per published article (A title, B summary,
    /// C body and quotes, D source names) under a GIN index. A generated column cannot read the quotes and sources
    /// tables, so triggers rebuild an article's vector in the writing transaction whenever its text changes.
    /// Words are folded without accents before PostgreSQL's English stemmer sees them, without needing an extension.
    /// </summary>
    public partial class ArticleSearch : Migration
    {
        internal const string Accented = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćČčĎďĐđÈÉÊËèéêëĒēĖėĘęĚěĞğÌÍÎÏìíîïĪīİıŁłÑñŃńŇňÒÓÔÕÖØòóôõöøŌōŐőŘřŚśŞşŠšŢţŤťÙÚÛÜùúûüŪūŮůŰűÝýÿŹźŻżŽž";
        internal const string Plain = "AAAAAAaaaaaaAaAaAaCcCcCcDdDdEEEEeeeeEeEeEeEeGgIIIIiiiiIiIiLlNnNnNnOOOOOOooooooOoOoRrSsSsSsTtTtUUUUuuuuUuUuUuYyyZzZzZz";

        /// <summary>Rebuilds the vectors of the given articles (the published ones; the others leave the index).</summary>
        internal const string RefreshFunctionSql = """
            CREATE FUNCTION content_search_refresh(article_ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM "ArticleSearch" WHERE "ArticleId" = ANY (article_ids);
                INSERT INTO "ArticleSearch" ("ArticleId", "Document")
                SELECT a."Id",
                    setweight(to_tsvector('english', content_search_fold(a."Title")), 'A')
                    || setweight(to_tsvector('english', content_search_fold(a."Summary")), 'B')
                    || setweight(to_tsvector('english', content_search_fold(array_to_string(a."Paragraphs", E'\n'))), 'C')
                    || setweight(to_tsvector('english', content_search_fold(coalesce(
                        (SELECT string_agg(q."Text", E'\n' ORDER BY q."Position", q."Id") FROM "Quotes" AS q WHERE q."ArticleId" = a."Id"), ''))), 'C')
                    || setweight(to_tsvector('english', content_search_fold(coalesce(
                        (SELECT string_agg(s."Name", E'\n' ORDER BY s."Id") FROM "QuotedSources" AS s
                            WHERE s."Id" IN (SELECT q."SourceId" FROM "Quotes" AS q WHERE q."ArticleId" = a."Id")), ''))), 'D')
                FROM "Articles" AS a
                WHERE a."Id" = ANY (article_ids) AND a."Status" = 'Published';
            END $$;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE FUNCTION content_search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT translate($1, '{Accented}', '{Plain}') $$;
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "ArticleSearch" (
                    "ArticleId" integer NOT NULL PRIMARY KEY REFERENCES "Articles" ("Id") ON DELETE CASCADE,
                    "Document" tsvector NOT NULL);
                CREATE INDEX "IX_ArticleSearch_Document" ON "ArticleSearch" USING gin ("Document");
                """);
            migrationBuilder.Sql(RefreshFunctionSql);
            migrationBuilder.Sql("""
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

                SELECT content_search_refresh(ARRAY(SELECT "Id" FROM "Articles"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "ArticleSearch_SourceRenamed" ON "QuotedSources";
                DROP TRIGGER "ArticleSearch_QuoteChanged" ON "Quotes";
                DROP TRIGGER "ArticleSearch_ArticleUpdated" ON "Articles";
                DROP TRIGGER "ArticleSearch_ArticleInserted" ON "Articles";
                DROP FUNCTION content_search_source_renamed();
                DROP FUNCTION content_search_quote_changed();
                DROP FUNCTION content_search_article_changed();
                DROP FUNCTION content_search_refresh(integer[]);
                DROP TABLE "ArticleSearch";
                DROP FUNCTION content_search_fold(text);
                """);
        }
    }
}
