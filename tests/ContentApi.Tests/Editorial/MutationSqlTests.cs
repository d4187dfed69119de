using ContentApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using QueryableGraphQL.Diagnostics;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Editorial;

/// <summary>The SQL a write sends, with its statement count: reads for the rules, the write, the content version.</summary>
public sealed class MutationSqlTests(EditorialApiFactory factory) : IClassFixture<EditorialApiFactory>
{
    [Fact]
    public async Task CreateArticle_with_two_topics_is_two_reads_and_four_writes()
    {
        var statements = await CaptureAsync(Mutations.Input("createArticle",
            "slug: \"sql-count\", title: \"T\", summary: \"S\", section: \"World\", paragraphs: [\"P\"], topicSlugs: [\"geopolitics\", \"venezuela\"]",
            "article { id version }"));

        Assert.Equal(6, statements.Count);
        Snapshot.Match(SqlCapture.ForSnapshot(statements));
    }

    [Fact]
    public async Task UpdateArticle_is_two_reads_a_version_checked_update_and_the_content_version()
    {
        var id = await factory.EditorClient().CreateDraftAsync("sql-update");

        var statements = await CaptureAsync(Mutations.Versioned("updateArticle", id, 1, "title: \"Changed\"", "article { version }"));

        Assert.Equal(4, statements.Count);
        Snapshot.Match(SqlCapture.ForSnapshot(statements));
    }

    private async Task<IReadOnlyList<string>> CaptureAsync(string mutation)
    {
        var editor = factory.EditorClient();
        using var log = factory.Services.GetRequiredService<SqlCommandRecorder>().BeginScope();
        var response = await editor.SendGraphQLAsync(mutation);
        Assert.True(response.Json["errors"] is null && response.Body.Contains("\"errors\":null"), response.Body);
        return log.CommandTexts;
    }
}
