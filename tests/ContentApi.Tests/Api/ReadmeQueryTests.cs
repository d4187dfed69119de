using ContentApi.Tests.Support;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Api;

/// <summary>The first query a newcomer runs, end to end over HTTP against the seeded database.</summary>
public sealed class ReadmeQueryTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Readme_query_returns_both_seed_articles_with_quotes_and_speakers()
    {
        var response = await factory.CreateClient().PostAsync(
            "{ articles(first: 10) { totalCount nodes { title quotes { text source { name role organization } } } } }");

        Snapshot.Match(response);
    }
}
