using ContentApi.Articles;
using ContentApi.Sources;
using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Search;

/// <summary>
/// The index follows every write, whoever makes it: the database's triggers keep it in the writing transaction, so
/// these tests write through EF directly, not through any write path of the application.
/// </summary>
public abstract class SearchIndexSyncTests(ContentApiFactory factory)
{
    [SkippableFact]
    public async Task Inserted_updated_and_deleted_content_is_found_or_forgotten_at_once()
    {
        var client = factory.CreateClient();
        await using var db = ContentDatabase.Open(factory.Services);
        var source = new QuotedSource { Slug = "sync-source", Name = "Wilhelmina Quarrington" };
        var article = new Article
        {
            Slug = "sync-article", Title = "Aardvarks invade the harbour", Summary = "Zoologists baffled.", Section = "Tests",
            Paragraphs = ["Nobody expected the xylophone parade."], Status = ArticleStatus.Published,
            Quotes = [new Quote { Text = "Marmalade for everyone", Position = 0, Source = source }],
        };
        db.Add(article);
        await db.SaveChangesAsync();

        foreach (var word in new[] { "aardvark", "zoologist", "xylophones", "marmalade", "Quarrington" })
        {
            Assert.Equal(["sync-article"], await SearchClient.SlugsAsync(client, word));
        }

        article.Title = "Pangolins invade the harbour";
        await db.SaveChangesAsync();
        Assert.Empty(await SearchClient.SlugsAsync(client, "aardvark"));
        Assert.Equal(["sync-article"], await SearchClient.SlugsAsync(client, "pangolin harbour"));

        source.Name = "Bartholomew Quince";
        article.Quotes[0].Text = "Porridge for nobody";
        await db.SaveChangesAsync();
        Assert.Empty(await SearchClient.SlugsAsync(client, "Quarrington OR marmalade"));
        Assert.Equal(["sync-article"], await SearchClient.SlugsAsync(client, "Bartholomew porridge"));

        db.Remove(article.Quotes[0]);
        await db.SaveChangesAsync();
        Assert.Empty(await SearchClient.SlugsAsync(client, "porridge OR Bartholomew"));

        article.Status = ArticleStatus.Draft;
        await db.SaveChangesAsync();
        Assert.Empty(await SearchClient.SlugsAsync(client, "pangolin"));

        article.Status = ArticleStatus.Published;
        await db.SaveChangesAsync();
        Assert.Equal(["sync-article"], await SearchClient.SlugsAsync(client, "pangolin"));

        db.Remove(article);
        await db.SaveChangesAsync();
        Assert.Empty(await SearchClient.SlugsAsync(client, "pangolin"));
    }

    [SkippableFact]
    public async Task A_draft_is_never_found_and_a_rolled_back_write_leaves_no_trace()
    {
        var client = factory.CreateClient();
        await using var db = ContentDatabase.Open(factory.Services);
        db.Add(new Article { Slug = "sync-draft", Title = "Quokkas", Summary = "s", Section = "Tests", Paragraphs = ["p"], Status = ArticleStatus.Draft });
        await db.SaveChangesAsync();

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var rolledBack = ContentDatabase.Open(factory.Services);
            await using var transaction = await rolledBack.Database.BeginTransactionAsync();
            rolledBack.Add(new Article { Slug = "sync-rolled-back", Title = "Wombats", Summary = "s", Section = "Tests", Paragraphs = ["p"], Status = ArticleStatus.Published });
            await rolledBack.SaveChangesAsync();
            await transaction.RollbackAsync();
        });

        Assert.Empty(await SearchClient.SlugsAsync(client, "quokkas"));
        Assert.Empty(await SearchClient.SlugsAsync(client, "wombats"));
        Assert.False(await db.Articles.IgnoreQueryFilters().AnyAsync(a => a.Slug == "sync-rolled-back"));
    }

    public sealed class OnSqlite(ContentApiFactory factory) : SearchIndexSyncTests(factory), IClassFixture<ContentApiFactory>;

    public sealed class OnPostgreSql(PostgreSqlContentApiFactory factory) : SearchIndexSyncTests(factory), IClassFixture<PostgreSqlContentApiFactory>;
}
