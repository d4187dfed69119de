using ContentApi.Tests.Support;

namespace ContentApi.Tests.Seeding;

/// <summary>The stored 2,000-article corpus has the shape the paging and batching tests rely on.</summary>
public abstract class SyntheticCorpusShapeTests(ContentApiFactory factory)
{
    [SkippableFact]
    public async Task Api_counts_2000_synthetic_articles_plus_the_two_seeds()
    {
        var data = await factory.CreateClient().DataAsync("{ articles { totalCount } }");

        Assert.Equal(LargeCorpusFactory.Articles + 2, (int)data["articles"]!["totalCount"]!);
    }

    [SkippableFact]
    public void Every_synthetic_article_has_one_to_five_topics_and_both_ends_occur()
    {
        var counts = PerArticle("SELECT COUNT(t.\"TopicId\") FROM \"Articles\" a LEFT JOIN \"ArticleTopics\" t ON t.\"ArticleId\" = a.\"Id\" WHERE a.\"Section\" = 'Synthetic' GROUP BY a.\"Id\"");

        Assert.Equal(LargeCorpusFactory.Articles, counts.Count);
        Assert.Equal(1, counts.Min());
        Assert.Equal(5, counts.Max());
    }

    [SkippableFact]
    public void Every_synthetic_article_has_zero_to_six_quotes_and_both_ends_occur()
    {
        var counts = PerArticle("SELECT COUNT(q.\"Id\") FROM \"Articles\" a LEFT JOIN \"Quotes\" q ON q.\"ArticleId\" = a.\"Id\" WHERE a.\"Section\" = 'Synthetic' GROUP BY a.\"Id\"");

        Assert.Equal(LargeCorpusFactory.Articles, counts.Count);
        Assert.Equal(0, counts.Min());
        Assert.Equal(6, counts.Max());
    }

    [SkippableFact]
    public void Stored_titles_include_percent_and_underscore()
    {
        Assert.True(DatabaseDump.Scalar(factory, "SELECT COUNT(*) FROM \"Articles\" WHERE \"Title\" LIKE '%!%%' ESCAPE '!'") > 0);
        Assert.True(DatabaseDump.Scalar(factory, "SELECT COUNT(*) FROM \"Articles\" WHERE \"Title\" LIKE '%!_%' ESCAPE '!'") > 0);
    }

    private List<int> PerArticle(string sql)
    {
        return DatabaseDump.Rows(factory, sql).Select(int.Parse).ToList();
    }

    [Collection(LargeCorpusCollection.Name)]
    public sealed class OnSqlite(LargeCorpusFactory factory) : SyntheticCorpusShapeTests(factory);

    [Collection(PostgreSqlLargeCorpusCollection.Name)]
    public sealed class OnPostgreSql(PostgreSqlLargeCorpusFactory factory) : SyntheticCorpusShapeTests(factory);
}
