using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Projection;

/// <summary>A <c>Navigation.Member</c> path reads a to-one navigation in the row's own statement.</summary>
public sealed class NavigationProjectionTests(PagingBookstore store) : IClassFixture<PagingBookstore>
{
    [Fact]
    public async Task A_to_one_navigation_is_read_in_the_same_statement_with_only_its_asked_members()
    {
        await using var db = store.CreateDbContext();
        var projection = ProjectionBuilder.Build<Book>(db.Model, ["Title", "Author.Name", "Author.Books", "Tags.Name"]);

        using var log = store.Recorder.BeginScope();
        var books = await db.Books.OrderBy(b => b.Id).Select(projection).ToListAsync();

        var statement = Assert.Single(log.CommandTexts);
        Assert.Contains("JOIN \"Authors\"", statement);
        Assert.DoesNotContain("Country", statement);
        Assert.DoesNotContain("Tags", statement);
        var expected = store.Books.OrderBy(b => b.Id).ToList();
        Assert.Equal(expected.Select(b => b.AuthorId), books.Select(b => b.Author?.Id));
        Assert.Equal(expected.Select(b => b.AuthorId is { } id ? $"Author {id}" : null), books.Select(b => b.Author?.Name));
        Assert.Contains(books, b => b.Author is null);
        Assert.All(books, b => Assert.Empty(b.Tags));
    }
}
