using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Search;

/// <summary>
/// SQLite: the FTS5 table <c>ArticleSearch</c> (columns Title, Summary, Body, Quotes, Sources) ranked by
/// <c>bm25()</c> with the configured weights. bm25 is lower for better matches, so the score is its negation.
/// </summary>
internal sealed class SqliteSearchIndex(SearchOptions options) : IArticleSearchIndex
{
    public IQueryable<SearchHit> Hits(ContentDbContext db, SearchQuery query) =>
        db.Database.SqlQuery<SearchHit>($"""
            SELECT "rowid" AS "ArticleId", -bm25("ArticleSearch", {options.TitleWeight}, {options.SummaryWeight}, {options.BodyWeight}, {options.BodyWeight}, {options.SourceWeight}) AS "Score"
            FROM "ArticleSearch"
            WHERE "ArticleSearch" MATCH {Fts5MatchSyntax.Render(query)}
            """);
}
