using ContentApi.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Editorial;

/// <summary>addQuote, updateQuote and removeQuote keep positions 0..n-1 and advance the article's version.</summary>
public abstract class QuoteMutationTests(EditorialApiFactory factory)
{
    private const string QuotePayload = "quote { position text source { name } article { version quotes { position text source { name } } } }";

    [SkippableFact]
    public async Task Quotes_are_added_at_a_position_changed_moved_and_removed_with_the_article_version()
    {
        var editor = factory.EditorClient();
        var id = await editor.CreateDraftAsync("quoted-draft");
        var teng = "source: { name: \"Teng Jianqun\", organization: \"Hunan Normal University\" }";

        await editor.RunAsync(Mutations.Input("addQuote", $"articleId: \"{id}\", version: 1, text: \"first\", {teng}", QuotePayload));
        var second = await editor.RunAsync(Mutations.Input("addQuote", $"articleId: \"{id}\", version: 2, text: \"zeroth\", position: 0, {teng}", QuotePayload));
        Assert.Equal(("zeroth", 0, 3), ((string)second["quote"]!["text"]!, (int)second["quote"]!["position"]!, (int)second["quote"]!["article"]!["version"]!));
        Assert.Equal(["zeroth", "first"], Texts(second["quote"]!["article"]!));

        var moved = await editor.RunAsync(Mutations.Input("updateQuote", $"articleId: \"{id}\", version: 3, position: 0, text: \"moved\", moveTo: 1", QuotePayload));
        Assert.Equal(["first", "moved"], Texts(moved["quote"]!["article"]!));

        var removed = await editor.RunAsync(Mutations.Input("removeQuote", $"articleId: \"{id}\", version: 4, position: 0", "article { version quotes { position text } }"));
        Assert.Equal(5, (int)removed["article"]!["version"]!);
        Assert.Equal(["moved"], Texts(removed["article"]!));
        Assert.Equal(0, (int)removed["article"]!["quotes"]![0]!["position"]!);
    }

    [SkippableFact]
    public async Task A_quote_needs_an_existing_source_a_valid_position_and_the_current_version()
    {
        var editor = factory.EditorClient();
        var id = await editor.CreateDraftAsync("quote-errors");

        var unknown = await editor.RunAsync(Mutations.Input("addQuote", $"articleId: \"{id}\", version: 1, text: \"words\", source: {{ name: \"Nobody\" }}", "quote { text }"));
        var position = await editor.RunAsync(Mutations.Input("addQuote", $"articleId: \"{id}\", version: 1, text: \" \", position: 5, source: {{ name: \"Teng Jianqun\", organization: \"Hunan Normal University\" }}", "quote { text }"));
        var stale = await editor.RunAsync(Mutations.Input("removeQuote", $"articleId: \"{id}\", version: 9, position: 0", "article { id }"));
        var empty = await editor.RunAsync(Mutations.Input("removeQuote", $"articleId: \"{id}\", version: 1, position: 0", "article { id }"));

        Assert.Equal(["source"], unknown["errors"]!.Select(e => (string)e["field"]!));
        Assert.Equal(["text", "position"], position["errors"]!.Select(e => (string)e["field"]!));
        Assert.Equal("ConcurrencyError", Mutations.ErrorType(stale));
        Assert.Equal(["position"], empty["errors"]!.Select(e => (string)e["field"]!));
        var data = await editor.DataAsync("{ article(slug: \"quote-errors\", preview: true) { version quotes { text } } }");
        Assert.Equal((1, 0), ((int)data["article"]!["version"]!, data["article"]!["quotes"]!.Count()));
    }

    private static List<string> Texts(JToken article) => [.. article["quotes"]!.Select(q => (string)q["text"]!)];

    public sealed class OnSqlite(EditorialApiFactory factory) : QuoteMutationTests(factory), IClassFixture<EditorialApiFactory>;

    public sealed class OnPostgreSql(PostgreSqlEditorialApiFactory factory) : QuoteMutationTests(factory), IClassFixture<PostgreSqlEditorialApiFactory>;
}
