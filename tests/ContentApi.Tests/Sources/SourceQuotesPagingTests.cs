using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Sources;

/// <summary>A source's quotes page through every quote once, newest article first, in both directions.</summary>
public abstract class SourceQuotesPagingTests(ContentApiFactory factory)
{
    private const string PageInfoAndEdges = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { text article { slug } } }";

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Walking_a_sources_quotes_returns_each_once_newest_article_first(bool forward)
    {
        var (slug, expected) = await LeastQuotedSourceAsync();
        var query = forward
            ? $"query($slug: String!, $cursor: String) {{ source(slug: $slug) {{ quotes(first: 4, after: $cursor) {{ {PageInfoAndEdges} }} }} }}"
            : $"query($slug: String!, $cursor: String) {{ source(slug: $slug) {{ quotes(last: 4, before: $cursor) {{ {PageInfoAndEdges} }} }} }}";

        var quotes = (await ConnectionWalker.WalkAsync(factory.CreateClient(), query, d => d["source"]!["quotes"]!, forward, pageSize: 4, new { slug }))
            .Select(n => $"{n["article"]!["slug"]}: {n["text"]}").ToList();

        Assert.InRange(expected.Count, 9, 400);
        Assert.Equal(expected, quotes);
    }

    /// <summary>The synthetic source with the fewest quotes that still fills more than two pages, and its quotes in order.</summary>
    private async Task<(string Slug, List<string> Quotes)> LeastQuotedSourceAsync()
    {
        await using var db = ContentDatabase.Open(factory.Services);
        var quotes = await db.Quotes.Select(q => new { Source = q.Source.Slug, q.Id, q.Text, Article = q.Article.Slug, q.Article.PublishedAt }).ToListAsync();
        var source = quotes.GroupBy(q => q.Source).Where(g => g.Count() > 8).OrderBy(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        // article.publishedAt DESC with undated last; ties (several quotes in one article) by quote id, descending like the first key.
        var ordered = source.OrderBy(q => q.PublishedAt is null).ThenByDescending(q => q.PublishedAt).ThenByDescending(q => q.Id);
        return (source.Key, ordered.Select(q => $"{q.Article}: {q.Text}").ToList());
    }

    [Collection(LargeCorpusCollection.Name)]
    public sealed class OnSqlite(LargeCorpusFactory factory) : SourceQuotesPagingTests(factory);

    [Collection(PostgreSqlLargeCorpusCollection.Name)]
    public sealed class OnPostgreSql(PostgreSqlLargeCorpusFactory factory) : SourceQuotesPagingTests(factory);
}
