using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ContentApi.Tests.Support;

namespace ContentApi.Tests.Api;

/// <summary>A cursor pages only the field that issued it, and a signed cursor of the wrong shape is a client error.</summary>
public sealed class CursorBindingTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Sources_and_topics_share_an_ordering_but_not_their_cursors()
    {
        var client = factory.CreateClient();
        var sourceCursor = (string)(await client.DataAsync("{ sources(first: 1) { pageInfo { endCursor } } }"))["sources"]!["pageInfo"]!["endCursor"]!;
        var topicCursor = (string)(await client.DataAsync("{ topics(first: 1) { pageInfo { endCursor } } }"))["topics"]!["pageInfo"]!["endCursor"]!;

        var sourceOnTopics = await client.SendGraphQLAsync("query($c: String) { topics(first: 2, after: $c) { nodes { slug } } }", new { c = sourceCursor });
        var topicOnSources = await client.SendGraphQLAsync("query($c: String) { sources(first: 2, after: $c) { nodes { slug } } }", new { c = topicCursor });
        var own = await client.DataAsync("query($c: String) { topics(first: 2, after: $c) { nodes { slug } } }", new { c = topicCursor });

        Assert.Equal(["INVALID_CURSOR"], sourceOnTopics.ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], topicOnSources.ErrorCodes);
        Assert.Equal(2, own["topics"]!["nodes"]!.Count());
    }

    [Theory]
    [InlineData("""{"S":"Query.topics|name:ASC,id:ASC","K":["Geopolitics"]}""")]
    [InlineData("""{"S":"Query.topics|name:ASC,id:ASC"}""")]
    [InlineData("""{"S":"Query.topics|name:ASC,id:ASC","K":["Geopolitics",null]}""")]
    [InlineData("""{"S":"Query.topics|name:ASC,id:ASC","K":["Geopolitics","1"]}""")]
    [InlineData("""{"S":"Query.topics|name:ASC,id:ASC","K":["Geopolitics",1],"Extra":true}""")]
    public async Task A_signed_cursor_with_missing_or_wrongly_typed_keys_is_invalid_not_internal(string payload)
    {
        var valid = await factory.CreateClient().SendGraphQLAsync(
            "query($c: String) { topics(first: 2, after: $c) { nodes { slug } } }",
            new { c = Signed("""{"S":"Query.topics|name:ASC,id:ASC","K":["Geopolitics",1]}""") });
        var response = await factory.CreateClient().SendGraphQLAsync(
            "query($c: String) { topics(first: 2, after: $c) { nodes { slug } } }", new { c = Signed(payload) });

        Assert.Empty(valid.ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    private static string Signed(string json)
    {
        var key = ContentApiFactory.CursorSigningKey;
        var payload = Encoding.UTF8.GetBytes(json);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), payload)[..16];
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(signature)}";
    }
}
