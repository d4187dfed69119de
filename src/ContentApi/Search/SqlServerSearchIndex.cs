using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Search;

/// <summary>
/// SQL Server: the full-text index on <c>ArticleSearchDocuments</c> (one row per published article, kept by
/// triggers). <c>CONTAINSTABLE</c> over the Everything column decides the match, so the words of a query may sit
/// in different fields as on the other providers; the score sums each field's own <c>CONTAINSTABLE</c> rank of the
/// same condition times the field's weight.
/// </summary>
internal sealed class SqlServerSearchIndex(SearchOptions options) : IArticleSearchIndex
{
    public IQueryable<SearchHit> Hits(ContentDbContext db, SearchQuery query)
    {
        var condition = ContainsSyntax.Render(query);
        var any = ContainsSyntax.RenderAny(query);
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT m.[KEY] AS [ArticleId],
                CAST(m.[RANK] AS float) / 1000
                    + {options.TitleWeight} * COALESCE(t.[RANK], 0) + {options.SummaryWeight} * COALESCE(s.[RANK], 0)
                    + {options.BodyWeight} * (COALESCE(b.[RANK], 0) + COALESCE(q.[RANK], 0)) + {options.SourceWeight} * COALESCE(n.[RANK], 0) AS [Score]
            FROM CONTAINSTABLE([ArticleSearchDocuments], [Everything], {condition}) AS m
            LEFT JOIN CONTAINSTABLE([ArticleSearchDocuments], [Title], {any}) AS t ON t.[KEY] = m.[KEY]
            LEFT JOIN CONTAINSTABLE([ArticleSearchDocuments], [Summary], {any}) AS s ON s.[KEY] = m.[KEY]
            LEFT JOIN CONTAINSTABLE([ArticleSearchDocuments], [Body], {any}) AS b ON b.[KEY] = m.[KEY]
            LEFT JOIN CONTAINSTABLE([ArticleSearchDocuments], [Quotes], {any}) AS q ON q.[KEY] = m.[KEY]
            LEFT JOIN CONTAINSTABLE([ArticleSearchDocuments], [Sources], {any}) AS n ON n.[KEY] = m.[KEY]
            """);
    }
}
