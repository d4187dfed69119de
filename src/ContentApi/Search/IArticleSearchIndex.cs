using ContentApi.Data;

namespace ContentApi.Search;

/// <summary>A provider's full-text index: the published articles a parsed query matches, each with a score (higher is better).</summary>
internal interface IArticleSearchIndex
{
    IQueryable<SearchHit> Hits(ContentDbContext db, SearchQuery query);
}
