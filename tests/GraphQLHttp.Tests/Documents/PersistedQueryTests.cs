using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GraphQLHttp.Tests;

public sealed class PersistedQueryTests
{
    private const string Query = "{ hello }";
    private static readonly string Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Query)));

    [Fact]
    public async Task Hash_alone_that_was_never_registered_is_not_found()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostJsonAsync(ApqBody(Hash, query: null)));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", response.FirstErrorCode);
        Assert.Equal("PersistedQueryNotFound", response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Hash_with_query_registers_it_for_post_and_get()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var register = await GraphQLResponse.ReadAsync(host.PostJsonAsync(ApqBody(Hash, Query)));
        var post = await GraphQLResponse.ReadAsync(host.PostJsonAsync(ApqBody(Hash, query: null)));
        var get = await GraphQLResponse.ReadAsync(host.GetAsync("extensions=" + Uri.EscapeDataString(Extensions(Hash))));

        Assert.Equal("world", register.Body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("world", post.Body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("world", get.Body.GetProperty("data").GetProperty("hello").GetString());
        Assert.NotNull(get.Message.Headers.ETag);
    }

    [Fact]
    public async Task Hash_that_does_not_match_the_query_is_refused()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostJsonAsync(ApqBody(new string('0', 64), Query)));
        var afterwards = await GraphQLResponse.ReadAsync(host.PostJsonAsync(ApqBody(new string('0', 64), query: null)));

        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", response.FirstErrorCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", afterwards.FirstErrorCode);
    }

    [Fact]
    public async Task Non_string_hash_is_a_bad_request()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostJsonAsync("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":5}}}"));

        Assert.Equal(400, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
    }

    [Fact]
    public async Task Unknown_persisted_query_over_get_is_not_found()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.GetAsync("extensions=" + Uri.EscapeDataString(Extensions(Hash)), "application/graphql-response+json"));

        Assert.Equal(400, response.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", response.FirstErrorCode);
    }

    internal static string ApqBody(string hash, string? query)
        => JsonSerializer.Serialize(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });

    private static string Extensions(string hash) => JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } });
}
