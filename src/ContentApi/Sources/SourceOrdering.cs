using System.Linq.Expressions;
using QueryableGraphQL.Sorting;

namespace ContentApi.Sources;

internal static class SourceOrdering
{
    public static readonly IReadOnlyList<SortKey> Default =
        [new("name", (Expression<Func<QuotedSource, string>>)(s => s.Name), Descending: false)];

    /// <summary>Quotes of one article in the order they appear in it.</summary>
    public static readonly IReadOnlyList<SortKey> QuotesInArticle =
        [new("position", (Expression<Func<Quote, int>>)(q => q.Position), Descending: false)];

    /// <summary>A source's quotes, newest article first, and in reading order within one article.</summary>
    public static readonly IReadOnlyList<SortKey> QuotesBySource =
    [
        new("article.publishedAt", (Expression<Func<Quote, DateTime?>>)(q => q.Article.PublishedAt), Descending: true),
        new("position", (Expression<Func<Quote, int>>)(q => q.Position), Descending: false),
    ];
}
