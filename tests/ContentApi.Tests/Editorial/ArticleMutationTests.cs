using ContentApi.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Editorial;

/// <summary>Each article mutation and each error it can return, through the real endpoint, on SQLite and PostgreSQL.</summary>
public abstract class ArticleMutationTests(EditorialApiFactory factory)
{
    private const string Venezuela = "us-cannot-legitimize-operation-against-venezuela-chinese-scholar";

    [SkippableFact]
    public async Task A_created_article_is_a_draft_at_version_1_with_its_topics_and_audit()
    {
        var payload = await factory.EditorClient("alice").RunAsync(Mutations.CreateArticle("created-draft", "[\"geopolitics\", \"venezuela\"]")
            .Replace("topics { slug }", "topics { slug } audit { createdBy updatedBy createdAt }"));

        Assert.Equal(JTokenType.Null, payload["errors"]!.Type);
        var article = payload["article"]!;
        Assert.Equal(("DRAFT", 1), ((string)article["status"]!, (int)article["version"]!));
        Assert.Equal(["geopolitics", "venezuela"], article["topics"]!.Select(t => (string)t["slug"]!));
        Assert.Equal(("alice", "alice"), ((string)article["audit"]!["createdBy"]!, (string)article["audit"]!["updatedBy"]!));
        Assert.EndsWith("Z", (string)article["audit"]!["createdAt"]!);
    }

    [SkippableFact]
    public async Task A_draft_is_hidden_from_the_public_and_shown_to_an_editor_in_preview()
    {
        var editor = factory.EditorClient();
        await editor.CreateDraftAsync("preview-draft");
        var lookup = "{ article(slug: \"preview-draft\") { slug } articles(first: 50) { nodes { slug } } }";
        var preview = "{ article(slug: \"preview-draft\", preview: true) { slug status } articles(first: 50, preview: true) { nodes { slug } } }";

        var anonymous = await factory.CreateClient().DataAsync(lookup);
        var previewed = await editor.SendGraphQLAsync(preview);

        Assert.Equal(JTokenType.Null, anonymous["article"]!.Type);
        Assert.DoesNotContain("preview-draft", anonymous.SelectTokens("$.articles.nodes[*].slug").Select(s => (string)s!));
        Assert.Equal("DRAFT", (string)previewed.Json["data"]!["article"]!["status"]!);
        Assert.Contains("preview-draft", previewed.Json.SelectTokens("$.data.articles.nodes[*].slug").Select(s => (string)s!));
    }

    [SkippableFact]
    public async Task Publishing_makes_the_article_public_and_related_to_articles_sharing_its_topics()
    {
        var editor = factory.EditorClient();
        var id = await editor.CreateDraftAsync("published-now", "[\"venezuela\", \"latin-america\"]");

        var payload = await editor.RunAsync(Mutations.Versioned("publishArticle", id, 1, "publishedAt: \"2026-01-04T12:00:00Z\""));
        var data = await factory.CreateClient().DataAsync(
            $"{{ article(slug: \"published-now\") {{ status }} venezuela: article(slug: \"{Venezuela}\") {{ related(first: 20) {{ article {{ slug }} }} }} }}");

        Assert.Equal(("PUBLISHED", 2), ((string)payload["article"]!["status"]!, (int)payload["article"]!["version"]!));
        Assert.Equal("2026-01-04T12:00:00Z", (string)payload["article"]!["publishedAt"]!);
        Assert.Equal("PUBLISHED", (string)data["article"]!["status"]!);
        Assert.Contains("published-now", data.SelectTokens("$.venezuela.related[*].article.slug").Select(s => (string)s!));
    }

    [SkippableFact]
    public async Task Update_changes_the_fields_given_and_advances_the_version()
    {
        var editor = factory.EditorClient();
        var id = await editor.CreateDraftAsync("to-update");

        var payload = await editor.RunAsync(Mutations.Versioned("updateArticle", id, 1, "title: \"New title\", topicSlugs: [\"venezuela\"]"));

        Assert.Equal(JTokenType.Null, payload["errors"]!.Type);
        Assert.Equal(("New title", 2, "to-update"), ((string)payload["article"]!["title"]!, (int)payload["article"]!["version"]!, (string)payload["article"]!["slug"]!));
        Assert.Equal(["venezuela"], payload["article"]!["topics"]!.Select(t => (string)t["slug"]!));
    }

    [SkippableFact]
    public async Task A_stale_version_gets_ConcurrencyError_with_the_current_version_and_the_newer_data_stays()
    {
        var editor = factory.EditorClient();
        var id = await editor.CreateDraftAsync("stale-update");
        await editor.RunAsync(Mutations.Versioned("updateArticle", id, 1, "title: \"Newer\""));

        var stale = await editor.RunAsync(Mutations.Versioned("updateArticle", id, 1, "title: \"Older\""));
        var now = await editor.DataAsync("{ article(slug: \"stale-update\", preview: true) { title version } }");

        Assert.Equal(JTokenType.Null, stale["article"]!.Type);
        Assert.Equal(("ConcurrencyError", 2), (Mutations.ErrorType(stale), (int)stale["errors"]![0]!["currentVersion"]!));
        Assert.Equal(("Newer", 2), ((string)now["article"]!["title"]!, (int)now["article"]!["version"]!));
    }

    [SkippableFact]
    public async Task Invalid_input_gets_a_ValidationError_per_field_and_changes_nothing()
    {
        var editor = factory.EditorClient();
        var bad = "mutation { createArticle(input: { slug: \"Not A Slug\", title: \" \", summary: \"S\", section: \"World\", paragraphs: [], topicSlugs: [\"no-such-topic\"], featureImage: { url: \"ftp://x\" } }) { article { id } "
            + Mutations.Errors("createArticle") + " } }";

        var payload = await editor.RunAsync(bad);
        var count = await editor.DataAsync("{ articles(preview: true) { totalCount } }");
        var before = (int)count["articles"]!["totalCount"]!;
        await editor.RunAsync(bad);
        var after = (int)(await editor.DataAsync("{ articles(preview: true) { totalCount } }"))["articles"]!["totalCount"]!;

        Assert.Equal(["slug", "title", "paragraphs", "featureImage.url", "topicSlugs[0]"], payload["errors"]!.Select(e => (string)e["field"]!));
        Assert.All(payload["errors"]!, e => Assert.Equal("ValidationError", (string)e["__typename"]!));
        Assert.Equal(before, after);
    }

    [SkippableFact]
    public async Task A_taken_slug_gets_SlugTakenError()
    {
        var payload = await factory.EditorClient().RunAsync(Mutations.CreateArticle(Venezuela));

        Assert.Equal(("SlugTakenError", Venezuela), (Mutations.ErrorType(payload), (string)payload["errors"]![0]!["slug"]!));
    }

    [SkippableFact]
    public async Task An_unknown_id_gets_NotFoundError()
    {
        var id = QueryableGraphQL.Relay.GlobalId.Encode("Article", 999999);
        var topicId = QueryableGraphQL.Relay.GlobalId.Encode("Topic", 1);
        var editor = factory.EditorClient();

        foreach (var mutation in new[] { "updateArticle", "publishArticle", "unpublishArticle" })
        {
            var payload = await editor.RunAsync(Mutations.Versioned(mutation, id, 1));
            Assert.Equal(("NotFoundError", id), (Mutations.ErrorType(payload), (string)payload["errors"]![0]!["id"]!));
        }

        var wrongType = await editor.RunAsync(Mutations.Versioned("deleteArticle", topicId, 1, payload: "deletedId"));
        Assert.Equal("NotFoundError", Mutations.ErrorType(wrongType));
    }

    [SkippableFact]
    public async Task Unpublish_hides_a_published_article_again()
    {
        var editor = factory.EditorClient();
        var id = await editor.CreateDraftAsync("unpublished-again");
        await editor.RunAsync(Mutations.Versioned("publishArticle", id, 1));

        var payload = await editor.RunAsync(Mutations.Versioned("unpublishArticle", id, 2));
        var data = await factory.CreateClient().DataAsync("{ article(slug: \"unpublished-again\") { slug } }");

        Assert.Equal(("DRAFT", 3), ((string)payload["article"]!["status"]!, (int)payload["article"]!["version"]!));
        Assert.Equal(JTokenType.Null, data["article"]!.Type);
    }

    [SkippableFact]
    public async Task Delete_removes_the_article_and_a_stale_delete_removes_nothing()
    {
        var editor = factory.EditorClient();
        var id = await editor.CreateDraftAsync("to-delete");

        var stale = await editor.RunAsync(Mutations.Versioned("deleteArticle", id, 7, payload: "deletedId"));
        var deleted = await editor.RunAsync(Mutations.Versioned("deleteArticle", id, 1, payload: "deletedId"));
        var data = await editor.DataAsync("{ article(slug: \"to-delete\", preview: true) { slug } }");

        Assert.Equal(("ConcurrencyError", 1), (Mutations.ErrorType(stale), (int)stale["errors"]![0]!["currentVersion"]!));
        Assert.Equal(id, (string)deleted["deletedId"]!);
        Assert.Equal(JTokenType.Null, data["article"]!.Type);
    }

    public sealed class OnSqlite(EditorialApiFactory factory) : ArticleMutationTests(factory), IClassFixture<EditorialApiFactory>;

    public sealed class OnPostgreSql(PostgreSqlEditorialApiFactory factory) : ArticleMutationTests(factory), IClassFixture<PostgreSqlEditorialApiFactory>;
}
