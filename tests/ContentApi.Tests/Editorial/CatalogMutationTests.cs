using ContentApi.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Editorial;

/// <summary>createTopic, updateTopic, createSource and updateSource, with their errors.</summary>
public abstract class CatalogMutationTests(EditorialApiFactory factory)
{
    [SkippableFact]
    public async Task Topics_are_created_renamed_and_refused_when_their_slug_is_taken_or_invalid()
    {
        var editor = factory.EditorClient("carol");

        var created = await editor.RunAsync(Mutations.Input("createTopic", "slug: \"semiconductors\", name: \"Chips\"", "topic { id slug name audit { createdBy } }"));
        var id = (string)created["topic"]!["id"]!;
        var renamed = await editor.RunAsync(Mutations.Input("updateTopic", $"id: \"{id}\", name: \"Semiconductors\"", "topic { slug name }"));
        var taken = await editor.RunAsync(Mutations.Input("createTopic", "slug: \"geopolitics\", name: \"Again\"", "topic { id }"));
        var invalid = await editor.RunAsync(Mutations.Input("updateTopic", $"id: \"{id}\", slug: \"Semi Conductors\", name: \"\"", "topic { id }"));
        var missing = await editor.RunAsync(Mutations.Input("updateTopic", "id: \"VG9waWM6OTk5OTk5\"", "topic { id }"));

        Assert.Equal(("semiconductors", "carol"), ((string)created["topic"]!["slug"]!, (string)created["topic"]!["audit"]!["createdBy"]!));
        Assert.Equal("Semiconductors", (string)renamed["topic"]!["name"]!);
        Assert.Equal(("SlugTakenError", "geopolitics"), (Mutations.ErrorType(taken), (string)taken["errors"]![0]!["slug"]!));
        Assert.Equal(["slug", "name"], invalid["errors"]!.Select(e => (string)e["field"]!));
        Assert.Equal("NotFoundError", Mutations.ErrorType(missing));
    }

    [SkippableFact]
    public async Task Sources_get_a_slug_from_their_name_and_can_be_quoted_by_id()
    {
        var editor = factory.EditorClient();

        var created = await editor.RunAsync(Mutations.Input("createSource", "name: \"Li Wei\", role: \"analyst\", organization: \"Example Institute\"", "source { id slug role }"));
        var sourceId = (string)created["source"]!["id"]!;
        var updated = await editor.RunAsync(Mutations.Input("updateSource", $"id: \"{sourceId}\", role: \"senior analyst\"", "source { name role organization }"));
        var taken = await editor.RunAsync(Mutations.Input("createSource", "name: \"Li Wei\"", "source { id }"));
        var articleId = await editor.CreateDraftAsync("quotes-li-wei");
        var quoted = await editor.RunAsync(Mutations.Input("addQuote", $"articleId: \"{articleId}\", version: 1, text: \"words\", source: {{ id: \"{sourceId}\" }}", "quote { source { slug } }"));

        Assert.Equal("li-wei", (string)created["source"]!["slug"]!);
        Assert.Equal(("Li Wei", "senior analyst", "Example Institute"), ((string)updated["source"]!["name"]!, (string)updated["source"]!["role"]!, (string)updated["source"]!["organization"]!));
        Assert.Equal("SlugTakenError", Mutations.ErrorType(taken));
        Assert.Equal("li-wei", (string)quoted["quote"]!["source"]!["slug"]!);
        var publicView = await factory.CreateClient().DataAsync("{ source(slug: \"li-wei\") { slug } topic(slug: \"semiconductors\") { slug } }");
        Assert.Equal(JTokenType.Null, publicView["source"]!.Type);
    }

    public sealed class OnSqlite(EditorialApiFactory factory) : CatalogMutationTests(factory), IClassFixture<EditorialApiFactory>;

    public sealed class OnPostgreSql(PostgreSqlEditorialApiFactory factory) : CatalogMutationTests(factory), IClassFixture<PostgreSqlEditorialApiFactory>;
}
