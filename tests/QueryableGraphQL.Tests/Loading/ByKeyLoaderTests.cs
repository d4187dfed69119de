using QueryableGraphQL.Loading;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Loading;

public sealed class ByKeyLoaderTests(PagingBookstore store) : IClassFixture<PagingBookstore>
{
    [Fact]
    public async Task Many_keys_repeated_and_missing_ones_included_load_with_one_projected_statement()
    {
        var loader = Loader();
        int[] keys = [5, 17, 5, 999_999, 1000, 17];
        var pending = keys.Select(loader.Load).ToList();

        using var log = store.Recorder.BeginScope();
        var books = new List<Book?>();
        foreach (var result in pending)
        {
            books.Add(await result.GetResultAsync());
        }

        var statement = Assert.Single(log.CommandTexts);
        Assert.Equal([5, 17, 5, null, 1000, 17], books.Select(b => b?.Id));
        Assert.Equal(store.Books.Single(b => b.Id == 17).Title, books[1]!.Title);
        Assert.DoesNotContain("Subtitle", statement.Split("FROM")[0]);
    }

    [Fact]
    public async Task Keys_asked_for_after_a_batch_started_go_into_the_next_batch()
    {
        var loader = Loader();
        var first = loader.Load(1);

        using var log = store.Recorder.BeginScope();
        var one = await first.GetResultAsync();
        var two = await loader.Load(2).GetResultAsync();
        var oneAgain = await first.GetResultAsync();

        Assert.Equal((1, 2), (one!.Id, two!.Id));
        Assert.Same(one, oneAgain);
        Assert.Equal(2, log.Count);
    }

    private ByKeyLoader<BookstoreContext, Book, int> Loader()
    {
        using var db = store.CreateDbContext();
        return new ByKeyLoader<BookstoreContext, Book, int>(store, c => c.Books, b => b.Id, ProjectionBuilder.Build<Book>(db.Model, ["Title"]));
    }
}
