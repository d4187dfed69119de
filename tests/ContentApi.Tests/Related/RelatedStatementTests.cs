using ContentApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using QueryableGraphQL.Diagnostics;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Related;

public sealed class RelatedStatementTests(RelatedSyntheticCorpusFactory factory) : IClassFixture<RelatedSyntheticCorpusFactory>
{
    // first: 3 keeps 50 articles with every related field under the default cost limit.
    private static string Query(int articles) =>
        $"{{ articles(first: {articles}) {{ nodes {{ related(first: 3) {{ score article {{ title }} sharedTopics {{ name }} sharedSources {{ name }} }} }} }} }}";

    [Fact]
    public async Task One_ten_and_fifty_articles_take_the_same_number_of_statements()
    {
        var counts = new List<int>();
        foreach (var articles in new[] { 1, 10, 50 })
        {
            var statements = await RecordAsync(Query(articles));
            counts.Add(statements.Count);
        }

        // One statement pages the articles; three load the related articles and name what they share. Ranking reads no SQL.
        Assert.Equal([4, 4, 4], counts);
    }

    [Fact]
    public async Task Sql_statements_match_the_snapshot()
    {
        var statements = await RecordAsync(Query(3));

        Snapshot.Match(string.Join("\n\n-- next statement --\n\n", statements));
    }

    private async Task<IReadOnlyList<string>> RecordAsync(string query)
    {
        // The in-memory server runs the request in the test's execution context only when asked to,
        // and the recorder follows that context.
        factory.Server.PreserveExecutionContext = true;
        using var client = factory.CreateClient();
        // The first request builds the index; what is counted here is a request on a current one.
        await client.PostAsync(query);
        var recorder = factory.Services.GetRequiredService<SqlCommandRecorder>();
        using var log = recorder.BeginScope();
        var response = await client.PostAsync(query);
        Assert.True(response["errors"] is null, response.ToString());
        Assert.NotEmpty(response["data"]!["articles"]!["nodes"]![0]!["related"]!);
        return log.CommandTexts;
    }
}
