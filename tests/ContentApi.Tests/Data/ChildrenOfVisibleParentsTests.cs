using System.Linq.Expressions;
using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Sources;
using ContentApi.Tests.Support;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Data;

/// <summary>
/// The child loads of published articles drop the visibility filters their parents already decided, and only
/// those: a published article and a draft share a source and a topic, and every probe that could reach the
/// draft through the children's statements (a filter through the source's quotes or the topic's articles) must
/// still miss it.
/// </summary>
public sealed class ChildrenOfVisibleParentsTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>, IAsyncLifetime
{
    private const string Secret = "words only a draft quotes";
    // xunit runs InitializeAsync once per test, on the class's one database: each test adds rows of its own.
    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];
    private int _published;
    private int _draft;

    public async Task InitializeAsync()
    {
        await using var db = ContentDatabase.Open(factory.Services);
        var source = new QuotedSource { Slug = $"shared-by-a-draft-{_tag}", Name = "Shared by a draft" };
        var topic = new Topic { Slug = $"tagged-on-a-draft-{_tag}", Name = "Tagged on a draft" };
        var published = Article($"children-published-{_tag}", ArticleStatus.Published, topic, new Quote { Text = "public words", Source = source });
        var draft = Article($"children-draft-{_tag}", ArticleStatus.Draft, topic, new Quote { Text = Secret + _tag, Source = source });
        db.Articles.AddRange(published, draft);
        await db.SaveChangesAsync();
        (_published, _draft) = (published.Id, draft.Id);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Topics_quotes_and_sources_of_published_articles_are_read_without_joining_articles()
    {
        await using var db = ContentDatabase.Open(factory.Services);
        string[] statements =
        [
            ChildrenOfVisibleParents.TopicLinks(db, null).Where(at => at.ArticleId == _published).Select(at => at.Topic.Name).ToQueryString(),
            ChildrenOfVisibleParents.Quotes(db, null).Where(q => q.ArticleId == _published).Select(q => q.Source.Name).ToQueryString(),
            ChildrenOfVisibleParents.Sources(db).Where(s => s.Slug == "shared-by-a-draft-" + _tag).ToQueryString(),
        ];

        Assert.All(statements, sql => Assert.DoesNotContain("Articles", sql));
        Assert.All(statements, sql => Assert.DoesNotContain("EXISTS", sql));
        Assert.Single(await ChildrenOfVisibleParents.Quotes(db, null).Where(q => q.ArticleId == _published).ToListAsync());
    }

    [Fact]
    public async Task A_quote_filter_through_the_source_quotes_still_hides_the_draft_quote()
    {
        var secret = Secret + _tag;
        Expression<Func<Quote, bool>> filter = q => q.Source.Quotes.Any(other => other.Text == secret);
        await using var db = ContentDatabase.Open(factory.Services);

        var quotes = await ChildrenOfVisibleParents.Quotes(db, filter).Where(q => q.ArticleId == _published).Where(filter).ToListAsync();
        var ignoringEverything = await db.Quotes.IgnoreQueryFilters().Where(q => q.ArticleId == _published).Where(filter).ToListAsync();

        Assert.Empty(quotes);
        Assert.Single(ignoringEverything);
    }

    [Fact]
    public async Task A_topic_filter_through_the_topic_articles_still_hides_the_draft()
    {
        Expression<Func<Topic, bool>> filter = t => t.Articles.Any(a => a.Id == _draft);
        await using var db = ContentDatabase.Open(factory.Services);

        var topics = await ChildrenOfVisibleParents.TopicLinks(db, filter).Where(at => at.ArticleId == _published).Select(at => at.Topic).Where(filter).ToListAsync();
        var ignoringEverything = await db.ArticleTopics.IgnoreQueryFilters().Where(at => at.ArticleId == _published).Select(at => at.Topic).Where(filter).ToListAsync();

        Assert.Empty(topics);
        Assert.Single(ignoringEverything);
    }

    [Fact]
    public void Only_collections_of_entities_count_as_navigations()
    {
        Assert.True(CollectionNavigationFinder.Finds((Expression<Func<Topic, bool>>)(t => t.Articles.Any())));
        Assert.True(CollectionNavigationFinder.Finds((Expression<Func<Quote, bool>>)(q => q.Source.Quotes.Count > 1)));
        Assert.False(CollectionNavigationFinder.Finds((Expression<Func<Quote, bool>>)(q => q.Source.Name == "x" && q.Text.Length > 1)));
        Assert.False(CollectionNavigationFinder.Finds((Expression<Func<Article, bool>>)(a => a.Paragraphs.Contains("x"))));
        Assert.False(CollectionNavigationFinder.Finds(null));
    }

    private static Article Article(string slug, ArticleStatus status, Topic topic, Quote quote) => new()
    {
        Slug = slug,
        Title = slug,
        Summary = "s",
        Section = "Tests",
        Paragraphs = ["p"],
        Status = status,
        PublishedAt = status == ArticleStatus.Published ? new DateTime(2026, 1, 4, 0, 0, 0, DateTimeKind.Utc) : null,
        Topics = [topic],
        Quotes = [quote],
    };
}
