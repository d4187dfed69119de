using ContentApi.Articles;
using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Articles;

/// <summary>
/// Text operators behave the same on every provider: <c>eq</c> is exact; <c>contains</c>, <c>startsWith</c> and
/// <c>endsWith</c> ignore case, non-ASCII letters included ("é" finds "É", on SQLite too), and take <c>%</c>,
/// <c>_</c> and <c>\</c> literally.
/// </summary>
public abstract class ArticleTextFilterTests(ContentApiFactory factory) : IAsyncLifetime
{
    private const string Title = "Élan as São Paulo Ökonomen meet";
    private const string WildTitle = @"Rates up 5% at net_zero\desk";

    public async Task InitializeAsync()
    {
        // Runs before every test of the class, on the class's one database: add the article once.
        await using var db = ContentDatabase.Open(factory.Services);
        if (await db.Articles.AnyAsync(a => a.Slug == "elan"))
        {
            return;
        }

        db.Articles.Add(new Article { Slug = "elan", Title = Title, Summary = "s", Section = "Tests", Paragraphs = ["p"], Status = ArticleStatus.Published });
        db.Articles.Add(new Article { Slug = "wild", Title = WildTitle, Summary = "s", Section = "Tests", Paragraphs = ["p"], Status = ArticleStatus.Published });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableTheory]
    [InlineData("contains", "Élan")]
    [InlineData("contains", "ÉLAN AS")]
    [InlineData("contains", "SÃO PAULO")]
    [InlineData("startsWith", "Élan")]
    [InlineData("startsWith", "ÉLAN")]
    [InlineData("endsWith", "Ökonomen MEET")]
    [InlineData("contains", "élan")]
    [InlineData("contains", "são paulo ökonomen")]
    [InlineData("startsWith", "élan as são")]
    [InlineData("endsWith", "ÖKONOMEN MEET")]
    [InlineData("eq", Title)]
    public async Task Title_operator_finds_the_article_by_text_copied_from_it(string operation, string text)
    {
        var data = await factory.CreateClient().DataAsync($"query($t: String) {{ articles(where: {{ title: {{ {operation}: $t }} }}) {{ nodes {{ slug }} }} }}", new { t = text });

        Assert.Equal(["elan"], data["articles"]!["nodes"]!.Select(n => (string)n["slug"]!));
    }

    [SkippableTheory]
    [InlineData("eq", "élan as são paulo ökonomen meet")]
    [InlineData("eq", "ÉLAN AS SÃO PAULO ÖKONOMEN MEET")]
    [InlineData("in", "élan as são paulo ökonomen meet")]
    [InlineData("contains", "Elan")]
    [InlineData("contains", "élan_as")]
    [InlineData("contains", "Élan%Paulo")]
    public async Task Exact_or_literal_operator_does_not_match_a_near_miss(string operation, string text)
    {
        var value = operation == "in" ? $"[{System.Text.Json.JsonSerializer.Serialize(text)}]" : System.Text.Json.JsonSerializer.Serialize(text);
        var data = await factory.CreateClient().DataAsync($"{{ articles(where: {{ title: {{ {operation}: {value} }} }}) {{ nodes {{ slug }} }} }}");

        Assert.Empty(data["articles"]!["nodes"]!);
    }

    [SkippableTheory]
    [InlineData("contains", "5%")]
    [InlineData("contains", "net_zero")]
    [InlineData("contains", @"zero\desk")]
    [InlineData("startsWith", "RATES UP 5%")]
    [InlineData("endsWith", @"_ZERO\DESK")]
    public async Task Wildcards_and_backslash_match_only_themselves(string operation, string text)
    {
        var data = await factory.CreateClient().DataAsync($"query($t: String) {{ articles(where: {{ title: {{ {operation}: $t }} }}) {{ nodes {{ slug }} }} }}", new { t = text });

        Assert.Equal(["wild"], data["articles"]!["nodes"]!.Select(n => (string)n["slug"]!));
    }

    [SkippableTheory]
    [InlineData("ncontains", "Élan")]
    [InlineData("nstartsWith", "ÉLAN")]
    [InlineData("ncontains", "ökonomen")]
    public async Task Negated_operator_leaves_the_article_out(string operation, string text)
    {
        var data = await factory.CreateClient().DataAsync($"query($t: String) {{ articles(where: {{ title: {{ {operation}: $t }} }}) {{ nodes {{ slug }} }} }}", new { t = text });

        Assert.Equal(3, data["articles"]!["nodes"]!.Count());
        Assert.DoesNotContain("elan", data["articles"]!["nodes"]!.Select(n => (string)n["slug"]!));
    }

    public sealed class OnSqlite(ContentApiFactory factory) : ArticleTextFilterTests(factory), IClassFixture<ContentApiFactory>;

    public sealed class OnPostgreSql(PostgreSqlContentApiFactory factory) : ArticleTextFilterTests(factory), IClassFixture<PostgreSqlContentApiFactory>;
}
