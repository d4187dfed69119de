using System.Globalization;
using ContentApi.Tests.Support;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;
using QueryableGraphQL.Relay;

namespace ContentApi.Tests.Related;

/// <summary>
/// Asks the API for the related lists of a sample of articles and compares them with <see cref="ReferenceRelatedScores"/>
/// computed from the database file as it is at that moment, read with plain SQL.
/// </summary>
internal static class RelatedDifferential
{
    private const string Related = "related(first: $first) { score article { id } sharedTopics { id } sharedSources { id } }";
    private const string BatchQuery = $"query ($ids: [ID!]!, $first: Int!) {{ nodes(ids: $ids) {{ ... on Article {{ id {Related} }} }} }}";
    private const string SingleQuery = $"query ($id: ID!, $first: Int!) {{ node(id: $id) {{ ... on Article {{ id {Related} }} }} }}";

    public static async Task AssertMatchesAsync(HttpClient client, string databasePath, int first, Func<IReadOnlyList<ReferenceArticle>, IEnumerable<ReferenceArticle>> sampleOf)
    {
        var corpus = await ReadCorpusAsync(databasePath);
        var reference = new ReferenceRelatedScores(corpus);
        var sample = sampleOf(corpus).ToList();

        var nodes = new List<JToken>();
        if (first <= 5)
        {
            // All in one request, so that they are ranked in one batch.
            var response = await client.PostAsync(BatchQuery, new { ids = sample.Select(a => GlobalId.Encode("Article", a.Id)), first });
            Assert.True(response["errors"] is null, response.ToString());
            nodes.AddRange(response["data"]!["nodes"]!);
        }
        else
        {
            // Longer lists of many articles exceed the default cost limit, so these go one by one.
            foreach (var article in sample)
            {
                var response = await client.PostAsync(SingleQuery, new { id = GlobalId.Encode("Article", article.Id), first });
                Assert.True(response["errors"] is null, response.ToString());
                nodes.Add(response["data"]!["node"]!);
            }
        }

        for (var i = 0; i < sample.Count; i++)
        {
            var expected = reference.Top(sample[i], first);
            var actual = nodes[i]["related"]!.ToList();
            Assert.True(expected.Count == actual.Count, $"Article {sample[i].Id}: {actual.Count} related, expected {expected.Count}.");
            for (var rank = 0; rank < expected.Count; rank++)
            {
                var context = $"Article {sample[i].Id}, rank {rank}";
                Assert.True(expected[rank].Article.Id == Key(actual[rank]["article"]!), $"{context}: wrong article.");
                var score = (double)actual[rank]["score"]!;
                Assert.True(Math.Abs(score - expected[rank].Score) <= 1e-9 * expected[rank].Score, $"{context}: score {score}, expected {expected[rank].Score}.");
                Assert.Equal(expected[rank].Topics.Order(), actual[rank]["sharedTopics"]!.Select(Key).Order());
                Assert.Equal(expected[rank].Sources.Order(), actual[rank]["sharedSources"]!.Select(Key).Order());
            }
        }
    }

    /// <summary>A fixed seed, so that a failure names articles that fail again on the next run.</summary>
    public static IEnumerable<ReferenceArticle> RandomSample(IReadOnlyList<ReferenceArticle> corpus, int count)
    {
        var random = new Random(20261126);
        return corpus.OrderBy(_ => random.Next()).Take(count);
    }

    private static int Key(JToken node) => GlobalId.Decode((string)node["id"]!).Key;

    /// <summary>Straight from the database file with plain SQL, bypassing the API's model and queries.</summary>
    private static async Task<List<ReferenceArticle>> ReadCorpusAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        var topics = await PostingsAsync(connection, "SELECT ArticleId, TopicId FROM ArticleTopics");
        var sources = await PostingsAsync(connection, "SELECT ArticleId, SourceId FROM Quotes");
        var articles = new List<ReferenceArticle>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, PublishedAt, Section FROM Articles WHERE Status = 'Published'";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var id = reader.GetInt32(0);
            DateTime? publishedAt = reader.IsDBNull(1)
                ? null
                : DateTime.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            articles.Add(new ReferenceArticle(id, publishedAt, reader.GetString(2), [.. topics[id]], [.. sources[id].Distinct()]));
        }

        return articles;
    }

    private static async Task<ILookup<int, int>> PostingsAsync(SqliteConnection connection, string sql)
    {
        var rows = new List<(int, int)>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetInt32(1)));
        }

        return rows.ToLookup(r => r.Item1, r => r.Item2);
    }
}
