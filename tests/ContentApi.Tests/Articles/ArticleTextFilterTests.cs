using ContentApi.Articles;
using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Articles;

/// <summary>
/// Text operators on non-ASCII titles. SQLite folds only ASCII letters, so a non-ASCII capital must at least
/// match itself: a title that starts with "É" has to be findable by the "É" a reader copies from it.
/// </summary>
public sealed class ArticleTextFilterTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>, IAsyncLifetime
{
    private const string Title = "Élan as São Paulo Ökonomen meet";

    public async Task InitializeAsync()
    {
        // Runs before every test of the class, on the class's one database: add the article once.
        await using var db = ContentDatabase.Open(factory.Services);
        if (await db.Articles.AnyAsync(a => a.Slug == "elan"))
        {
            return;
        }

        db.Articles.Add(new Article { Slug = "elan", Title = Title, Summary = "s", Section = "Tests", Paragraphs = ["p"], Status = ArticleStatus.Published });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("contains", "Élan")]
    [InlineData("contains", "ÉLAN AS")]
    [InlineData("contains", "SÃO PAULO")]
    [InlineData("startsWith", "Élan")]
    [InlineData("startsWith", "ÉLAN")]
    [InlineData("endsWith", "Ökonomen MEET")]
    [InlineData("eq", Title)]
    public async Task Title_operator_finds_the_article_by_text_copied_from_it(string operation, string text)
    {
        var data = await factory.CreateClient().DataAsync($"query($t: String) {{ articles(where: {{ title: {{ {operation}: $t }} }}) {{ nodes {{ slug }} }} }}", new { t = text });

        Assert.Equal(["elan"], data["articles"]!["nodes"]!.Select(n => (string)n["slug"]!));
    }

    [Theory]
    [InlineData("ncontains", "Élan")]
    [InlineData("nstartsWith", "ÉLAN")]
    public async Task Negated_operator_leaves_the_article_out(string operation, string text)
    {
        var data = await factory.CreateClient().DataAsync($"query($t: String) {{ articles(where: {{ title: {{ {operation}: $t }} }}) {{ nodes {{ slug }} }} }}", new { t = text });

        Assert.Equal(2, data["articles"]!["nodes"]!.Count());
        Assert.DoesNotContain("elan", data["articles"]!["nodes"]!.Select(n => (string)n["slug"]!));
    }
}
