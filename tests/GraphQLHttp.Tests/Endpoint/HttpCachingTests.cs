namespace GraphQLHttp.Tests;

public sealed class HttpCachingTests
{
    private static readonly string HelloQuery = "query=" + Uri.EscapeDataString("{ hello }");

    [Fact]
    public async Task Successful_get_query_is_public_with_a_strong_etag()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Http:MaxAgeSeconds"] = "120" });

        var response = await GraphQLResponse.ReadAsync(host.GetAsync(HelloQuery));

        Assert.Equal(200, response.Status);
        Assert.True(response.Message.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(120), response.Message.Headers.CacheControl.MaxAge);
        Assert.False(response.Message.Headers.ETag!.IsWeak);
    }

    [Fact]
    public async Task Matching_if_none_match_gets_304_without_a_body()
    {
        await using var host = await TestGraphQLHost.StartAsync();
        var first = await host.GetAsync(HelloQuery);
        var etag = first.Headers.ETag!.ToString();

        var second = await host.GetAsync(HelloQuery, ifNoneMatch: etag);
        var stale = await host.GetAsync(HelloQuery, ifNoneMatch: "\"something-else\"");

        Assert.Equal(304, (int)second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag!.ToString());
        Assert.Equal(200, (int)stale.StatusCode);
    }

    [Fact]
    public async Task Default_max_age_is_60_seconds()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await host.GetAsync(HelloQuery);

        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl!.MaxAge);
    }

    [Fact]
    public async Task Get_responses_with_errors_are_not_cached()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await host.GetAsync("query=" + Uri.EscapeDataString("{ badCursor }"));

        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Post_responses_are_not_cached()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await host.PostQueryAsync("{ hello }");

        Assert.False(response.Headers.CacheControl?.Public ?? false);
        Assert.Null(response.Headers.ETag);
    }
}
