using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Search;

/// <summary>
/// PostgreSQL: the weighted tsvector of <c>ArticleSearch</c> (A title, B summary, C body and quotes, D source names)
/// through its GIN index, ranked by <c>ts_rank_cd</c> with the configured weights, normalised by document length.
/// </summary>
internal sealed class PostgreSqlSearchIndex(SearchOptions options) : IArticleSearchIndex
{
    // ts_rank_cd takes the weights as {D, C, B, A}.
    private readonly float[] _weights = [(float)options.SourceWeight, (float)options.BodyWeight, (float)options.SummaryWeight, (float)options.TitleWeight];

    public IQueryable<SearchHit> Hits(ContentDbContext db, SearchQuery query) =>
        db.Database.SqlQuery<SearchHit>($"""
            SELECT s."ArticleId", ts_rank_cd({_weights}, s."Document", q.query, 1)::double precision AS "Score"
            FROM "ArticleSearch" AS s, to_tsquery('english', {TsQuerySyntax.Render(query)}) AS q(query)
            WHERE s."Document" @@ q.query
            """);
}
