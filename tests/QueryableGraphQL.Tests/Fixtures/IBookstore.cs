namespace QueryableGraphQL.Tests.Fixtures;

/// <summary>A database seeded with <see cref="BookstoreData"/>, on one of the providers the conventions are tested on.</summary>
public interface IBookstore
{
    /// <summary>The seeded object graph, for evaluating expectations in memory.</summary>
    IReadOnlyList<Book> Books { get; }

    BookstoreContext CreateContext();
}
