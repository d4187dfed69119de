using ContentApi.Tests.Support;

namespace ContentApi.Tests.Search;

/// <summary>
/// SQLite and PostgreSQL may score differently, but they find the same articles: every query of the relevance set
/// and a few operator mixes, on the same seeds and synthetic corpus, give the same set of results on both.
/// </summary>
public sealed class SearchDifferentialTests(SmallSyntheticCorpusFactory sqlite, PostgreSqlSmallSyntheticCorpusFactory postgreSql)
    : IClassFixture<SmallSyntheticCorpusFactory>, IClassFixture<PostgreSqlSmallSyntheticCorpusFactory>
{
    private static readonly string[] Mixes =
    [
        "markets", "regulators weigh", "markets -budget", "chip OR grid subsidies", "\"rail links\" abroad", "investors -\"tax credits\"",
        "Officials embraced delays", "voter questioning", "Li Chen", "economist Harbour", "delta OR capital OR region",
    ];

    [SkippableFact]
    public async Task Both_providers_find_the_same_articles()
    {
        var onSqlite = sqlite.CreateClient();
        var onPostgreSql = postgreSql.CreateClient();
        foreach (var query in RelevanceSet.Cases.Select(c => c.Query).Concat(Mixes))
        {
            var expected = (await SearchClient.SlugsAsync(onSqlite, query)).Order().ToList();
            var actual = (await SearchClient.SlugsAsync(onPostgreSql, query)).Order().ToList();

            Assert.True(expected.SequenceEqual(actual),
                $"'{query}': SQLite found {expected.Count}, PostgreSQL {actual.Count}; only on SQLite: {string.Join(", ", expected.Except(actual).Take(5))}; only on PostgreSQL: {string.Join(", ", actual.Except(expected).Take(5))}");
        }
    }
}
