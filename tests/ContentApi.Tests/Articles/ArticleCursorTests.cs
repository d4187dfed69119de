using System.Buffers.Text;
using System.Text;
using ContentApi.Tests.Support;

namespace ContentApi.Tests.Articles;

/// <summary>Exact pageInfo at both ends of the list, and cursors that only work where they were made.</summary>
public abstract class ArticleCursorTests(ContentApiFactory factory)
{
    private const string Page = "query($first: Int, $after: String, $last: Int, $before: String) { articles(first: $first, after: $after, last: $last, before: $before) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }";

    [SkippableFact]
    public async Task After_the_last_cursor_is_an_empty_page_that_knows_rows_lie_before_it()
    {
        var lastCursor = await CursorAtAsync(fromEnd: true);

        var articles = (await factory.CreateClient().DataAsync(Page, new { first = 10, after = lastCursor }))["articles"]!;

        Assert.Empty(articles["edges"]!);
        Assert.False((bool)articles["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)articles["pageInfo"]!["hasPreviousPage"]!);
        Assert.Null((string?)articles["pageInfo"]!["startCursor"]);
    }

    [SkippableFact]
    public async Task Before_the_first_cursor_is_an_empty_page_that_knows_rows_lie_after_it()
    {
        var firstCursor = await CursorAtAsync(fromEnd: false);

        var articles = (await factory.CreateClient().DataAsync(Page, new { last = 10, before = firstCursor }))["articles"]!;

        Assert.Empty(articles["edges"]!);
        Assert.False((bool)articles["pageInfo"]!["hasPreviousPage"]!);
        Assert.True((bool)articles["pageInfo"]!["hasNextPage"]!);
    }

    [SkippableFact]
    public async Task Last_page_read_backward_from_the_end_has_no_next_page_but_a_previous_one()
    {
        var articles = (await factory.CreateClient().DataAsync(Page, new { last = 3 }))["articles"]!;

        Assert.Equal(3, articles["edges"]!.Count());
        Assert.False((bool)articles["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)articles["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal(await CursorAtAsync(fromEnd: true), (string?)articles["pageInfo"]!["endCursor"]);
    }

    [SkippableTheory]
    [InlineData("[{ title: ASC }]")]
    [InlineData("[{ publishedAt: ASC }]")]
    [InlineData("[{ publishedAt: DESC }, { title: ASC }]")]
    public async Task Cursor_made_under_the_default_order_is_refused_under_another(string order)
    {
        var cursor = await CursorAtAsync(fromEnd: false);

        var response = await factory.CreateClient().SendGraphQLAsync(
            $"query($after: String) {{ articles(first: 5, after: $after, order: {order}) {{ nodes {{ slug }} }} }}", new { after = cursor });

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    [SkippableFact]
    public async Task Cursor_of_a_topic_list_is_refused_by_the_article_list()
    {
        var topicCursor = (string?)(await factory.CreateClient().DataAsync("{ topics(first: 1) { pageInfo { endCursor } } }"))["topics"]!["pageInfo"]!["endCursor"];

        var response = await factory.CreateClient().SendGraphQLAsync(Page, new { first = 5, after = topicCursor });

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    [SkippableTheory]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData("a.b")]
    [InlineData("a.b.c")]
    [InlineData("eyJTIjoicHVibGlzaGVkQXQ6REVTQyxpZDpERVNDIiwiSyI6WzAsMV19")]
    public async Task Garbage_cursor_is_refused_with_invalid_cursor(string cursor)
    {
        var response = await factory.CreateClient().SendGraphQLAsync(Page, new { first = 5, after = cursor });

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    [SkippableFact]
    public async Task Cursor_whose_payload_was_edited_is_refused_even_with_the_original_signature()
    {
        var cursor = await CursorAtAsync(fromEnd: false);
        var (payload, signature) = (cursor.Split('.')[0], cursor.Split('.')[1]);
        var json = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(payload));
        // Move the cursor by changing its id: a forged cursor must not let a client seek anywhere it likes.
        var forged = json[..json.LastIndexOf(',')] + ",1]}";
        var tampered = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(forged)) + "." + signature;

        var response = await factory.CreateClient().SendGraphQLAsync(Page, new { first = 5, after = tampered });

        Assert.NotEqual(json, forged);
        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    private async Task<string> CursorAtAsync(bool fromEnd)
    {
        var data = await factory.CreateClient().DataAsync(Page, fromEnd ? new { last = 1 } : new { first = 1 });
        return (string)data["articles"]!["edges"]![0]!["cursor"]!;
    }

    [Collection(LargeCorpusCollection.Name)]
    public sealed class OnSqlite(LargeCorpusFactory factory) : ArticleCursorTests(factory);

    [Collection(PostgreSqlLargeCorpusCollection.Name)]
    public sealed class OnPostgreSql(PostgreSqlLargeCorpusFactory factory) : ArticleCursorTests(factory);
}
