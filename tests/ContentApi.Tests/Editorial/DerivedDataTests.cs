using System.Net;
using ContentApi.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Editorial;

/// <summary>What is derived from the content stays right after writes: ETags, totals and cursors already handed out.</summary>
public sealed class DerivedDataTests(EditorialApiFactory factory) : IClassFixture<EditorialApiFactory>
{
    [Fact]
    public async Task A_changed_article_gets_a_new_etag_and_the_old_one_no_longer_matches()
    {
        var editor = factory.EditorClient();
        var id = await editor.CreateDraftAsync("etag-article");
        await editor.RunAsync(Mutations.Versioned("publishArticle", id, 1));
        var url = "/graphql?query=" + Uri.EscapeDataString("{ article(slug: \"etag-article\") { title } }");
        var client = factory.CreateClient();
        var before = await client.GetAsync(url);

        await editor.RunAsync(Mutations.Versioned("updateArticle", id, 2, "title: \"Corrected\""));
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await client.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("Corrected", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_cursor_handed_out_before_inserts_and_deletes_continues_without_gaps_or_repeats()
    {
        var editor = factory.EditorClient();
        var ids = new List<string>();
        foreach (var day in new[] { 10, 20, 30 })
        {
            var id = await editor.CreateDraftAsync($"walk-{day}");
            await editor.RunAsync(Mutations.Versioned("publishArticle", id, 1, $"publishedAt: \"2026-03-{day}T00:00:00Z\""));
            ids.Add(id);
        }

        var client = factory.CreateClient();
        var page = "query($after: String) { articles(first: 1, after: $after, where: { slug: { startsWith: \"walk-\" } }) { totalCount pageInfo { endCursor } nodes { slug } } }";
        var first = (await client.DataAsync(page, new { after = (string?)null }))["articles"]!;
        Assert.Equal("walk-30", (string)first["nodes"]![0]!["slug"]!);

        // Behind the cursor: a newer article appears; ahead of it: walk-20 goes away.
        var newer = await editor.CreateDraftAsync("walk-31");
        await editor.RunAsync(Mutations.Versioned("publishArticle", newer, 1, "publishedAt: \"2026-03-31T00:00:00Z\""));
        await editor.RunAsync(Mutations.Versioned("deleteArticle", ids[1], 2, payload: "deletedId"));

        var slugs = new List<string>();
        var cursor = (string?)first["pageInfo"]!["endCursor"];
        JToken next;
        do
        {
            next = (await client.DataAsync(page, new { after = cursor }))["articles"]!;
            slugs.AddRange(next["nodes"]!.Select(n => (string)n["slug"]!));
            cursor = (string?)next["pageInfo"]!["endCursor"];
        }
        while (next["nodes"]!.Any());

        Assert.Equal(["walk-10"], slugs);
        Assert.Equal(3, (int)next["totalCount"]!);
    }
}
