using System.Linq.Expressions;
using QueryableGraphQL.Sorting;

namespace ContentApi.Articles;

internal static class ArticleOrdering
{
    /// <summary>Newest first; undated articles last.</summary>
    public static readonly IReadOnlyList<SortKey> Default =
        [new("publishedAt", (Expression<Func<Article, DateTime?>>)(a => a.PublishedAt), Descending: true)];
}
