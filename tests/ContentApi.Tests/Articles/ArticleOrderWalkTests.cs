using ContentApi.Articles;
using ContentApi.Tests.Support;

namespace ContentApi.Tests.Articles;

/// <summary>
/// Full walks under explicit orders, including a nullable key that is null for all but one row: every seek then
/// starts inside the block of nulls, where only the id decides.
/// </summary>
public abstract class ArticleOrderWalkTests(ContentApiFactory factory)
{
    public static TheoryData<string, bool> Orders => new()
    {
        { "[{ publishedAt: ASC }]", true },
        { "[{ publishedAt: ASC }]", false },
        { "[{ updatedAt: ASC }]", true },
        { "[{ updatedAt: DESC }]", true },
        { "[{ updatedAt: DESC }]", false },
        { "[{ section: DESC }, { publishedAt: DESC }]", true },
    };

    [SkippableTheory]
    [MemberData(nameof(Orders))]
    public async Task Walk_under_an_explicit_order_returns_every_article_once_in_that_order(string order, bool forward)
    {
        var query = forward
            ? $"query($cursor: String) {{ articles(first: 50, after: $cursor, order: {order}) {{ pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} edges {{ cursor node {{ slug }} }} }} }}"
            : $"query($cursor: String) {{ articles(last: 50, before: $cursor, order: {order}) {{ pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} edges {{ cursor node {{ slug }} }} }} }}";
        var expected = Expected(order, await ArticleOracle.PublishedAsync(factory.Services, q => q.Select(a => new Article
        {
            Id = a.Id, Slug = a.Slug, Title = a.Title, Section = a.Section, PublishedAt = a.PublishedAt, UpdatedAt = a.UpdatedAt,
        })));

        var slugs = (await ConnectionWalker.WalkAsync(factory.CreateClient(), query, d => d["articles"]!, forward, pageSize: 50))
            .Select(n => (string)n["slug"]!).ToList();

        Assert.Equal(expected, slugs);
    }

    /// <summary>Nulls last in the key's own direction; the id follows the first key's direction.</summary>
    private static List<string> Expected(string order, List<Article> articles) => order switch
    {
        "[{ publishedAt: ASC }]" => articles.OrderBy(a => a.PublishedAt is null).ThenBy(a => a.PublishedAt).ThenBy(a => a.Id).Select(a => a.Slug).ToList(),
        "[{ updatedAt: ASC }]" => articles.OrderBy(a => a.UpdatedAt is null).ThenBy(a => a.UpdatedAt).ThenBy(a => a.Id).Select(a => a.Slug).ToList(),
        "[{ updatedAt: DESC }]" => articles.OrderBy(a => a.UpdatedAt is null).ThenByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).Select(a => a.Slug).ToList(),
        "[{ section: DESC }, { publishedAt: DESC }]" => articles.OrderByDescending(a => a.Section, StringComparer.Ordinal)
            .ThenBy(a => a.PublishedAt is null).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Slug).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(order)),
    };

    [Collection(LargeCorpusCollection.Name)]
    public sealed class OnSqlite(LargeCorpusFactory factory) : ArticleOrderWalkTests(factory);

    [Collection(PostgreSqlLargeCorpusCollection.Name)]
    public sealed class OnPostgreSql(PostgreSqlLargeCorpusFactory factory) : ArticleOrderWalkTests(factory);
}
