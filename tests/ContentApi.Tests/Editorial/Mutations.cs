using ContentApi.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Editorial;

/// <summary>The mutations as a client sends them, with every error type's fields selected.</summary>
internal static class Mutations
{
    /// <summary>The errors selection for the error types a mutation can return (spreading an impossible type is invalid).</summary>
    public static string Errors(string mutation) => "errors { __typename ... on Error { message } " + mutation switch
    {
        "createArticle" or "createTopic" or "createSource" => ValidationAndSlug,
        "updateArticle" => ValidationAndSlug + VersionAndId,
        "updateTopic" or "updateSource" => ValidationAndSlug + "... on NotFoundError { id } ",
        "addQuote" or "updateQuote" or "removeQuote" => "... on ValidationError { field } " + VersionAndId,
        _ => VersionAndId,
    } + " }";

    private const string ValidationAndSlug = "... on ValidationError { field } ... on SlugTakenError { slug } ";
    private const string VersionAndId = "... on ConcurrencyError { currentVersion } ... on NotFoundError { id } ";
    public const string ArticleFields = "article { id slug title status version publishedAt topics { slug } quotes { position text source { name organization } } }";

    public static string CreateArticle(string slug, string topics = "[\"geopolitics\"]", string title = "A draft") =>
        $"mutation {{ createArticle(input: {{ slug: \"{slug}\", title: \"{title}\", summary: \"Summary.\", section: \"World\", paragraphs: [\"One.\", \"Two.\"], topicSlugs: {topics} }}) {{ {ArticleFields} {Errors("createArticle")} }} }}";

    public static string Versioned(string mutation, string id, int version, string extra = "", string payload = ArticleFields) =>
        $"mutation {{ {mutation}(input: {{ id: \"{id}\", version: {version} {extra} }}) {{ {payload} {Errors(mutation)} }} }}";

    /// <summary>A mutation with an input object literal and the payload selection given.</summary>
    public static string Input(string mutation, string input, string payload) =>
        $"mutation {{ {mutation}(input: {{ {input} }}) {{ {payload} {Errors(mutation)} }} }}";

    /// <summary>The payload of a mutation that must run (no GraphQL errors), by its field name.</summary>
    public static async Task<JToken> RunAsync(this HttpClient client, string mutation)
    {
        var data = await client.DataAsync(mutation);
        return ((JObject)data).Properties().Single().Value;
    }

    /// <summary>Creates a draft and returns its global id.</summary>
    public static async Task<string> CreateDraftAsync(this HttpClient editor, string slug, string topics = "[\"geopolitics\"]")
    {
        var payload = await editor.RunAsync(CreateArticle(slug, topics));
        Assert.True(payload["errors"]!.Type == JTokenType.Null, $"Unexpected errors: {payload["errors"]}");
        return (string)payload["article"]!["id"]!;
    }

    public static string ErrorType(JToken payload) => (string)payload["errors"]![0]!["__typename"]!;
}
