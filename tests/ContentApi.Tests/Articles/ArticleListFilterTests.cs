using ContentApi.Tests.Support;

namespace ContentApi.Tests.Articles;

/// <summary>List filters (some, none, all, any) count the same articles as plain SQL over the 2,002-article corpus.</summary>
public abstract class ArticleListFilterTests(ContentApiFactory factory)
{
    private const string Published = "SELECT COUNT(*) FROM \"Articles\" a WHERE a.\"Status\" = 'Published'";

    [SkippableTheory]
    [InlineData("{ quotes: { any: false } }", Published + " AND NOT EXISTS (SELECT 1 FROM \"Quotes\" q WHERE q.\"ArticleId\" = a.\"Id\")")]
    [InlineData("{ quotes: { any: true } }", Published + " AND EXISTS (SELECT 1 FROM \"Quotes\" q WHERE q.\"ArticleId\" = a.\"Id\")")]
    [InlineData("{ topics: { some: { slug: { eq: \"economy\" } } } }", Published + " AND EXISTS (SELECT 1 FROM \"ArticleTopics\" at JOIN \"Topics\" t ON t.\"Id\" = at.\"TopicId\" WHERE at.\"ArticleId\" = a.\"Id\" AND t.\"Slug\" = 'economy')")]
    [InlineData("{ topics: { none: { slug: { eq: \"economy\" } } } }", Published + " AND NOT EXISTS (SELECT 1 FROM \"ArticleTopics\" at JOIN \"Topics\" t ON t.\"Id\" = at.\"TopicId\" WHERE at.\"ArticleId\" = a.\"Id\" AND t.\"Slug\" = 'economy')")]
    [InlineData("{ topics: { all: { slug: { eq: \"economy\" } } } }", Published + " AND NOT EXISTS (SELECT 1 FROM \"ArticleTopics\" at JOIN \"Topics\" t ON t.\"Id\" = at.\"TopicId\" WHERE at.\"ArticleId\" = a.\"Id\" AND t.\"Slug\" <> 'economy')")]
    [InlineData("{ quotes: { all: { source: { organization: { eq: \"Harbour Institute\" } } } } }", Published + " AND NOT EXISTS (SELECT 1 FROM \"Quotes\" q JOIN \"QuotedSources\" s ON s.\"Id\" = q.\"SourceId\" WHERE q.\"ArticleId\" = a.\"Id\" AND (s.\"Organization\" IS NULL OR s.\"Organization\" <> 'Harbour Institute'))")]
    [InlineData("{ title: { startsWith: \"markets\" }, quotes: { some: { text: { endsWith: \"ABROAD.\" } } } }", Published + " AND lower(a.\"Title\") LIKE 'markets%' AND EXISTS (SELECT 1 FROM \"Quotes\" q WHERE q.\"ArticleId\" = a.\"Id\" AND lower(q.\"Text\") LIKE '%abroad.')")]
    public async Task List_filter_counts_the_same_articles_as_sql(string where, string sql)
    {
        var expected = DatabaseDump.Scalar(factory, sql);

        var data = await factory.CreateClient().DataAsync($"{{ articles(where: {where}) {{ totalCount }} }}");

        Assert.InRange(expected, 1, LargeCorpusFactory.Articles + 1);
        Assert.Equal(expected, (long)data["articles"]!["totalCount"]!);
    }

    [Collection(LargeCorpusCollection.Name)]
    public sealed class OnSqlite(LargeCorpusFactory factory) : ArticleListFilterTests(factory);

    [Collection(PostgreSqlLargeCorpusCollection.Name)]
    public sealed class OnPostgreSql(PostgreSqlLargeCorpusFactory factory) : ArticleListFilterTests(factory);
}
