using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using QueryableGraphQL.Filtering;
using QueryableGraphQL.Loading;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Scalars;
using QueryableGraphQL.Sorting;

namespace QueryableGraphQL.Tests.Fixtures;

/// <summary>
/// Book and author lists wired the way a host wires them: a root connection through RootQueries and a child
/// connection through ChildConnectionLoader, with the services those need.
/// </summary>
public sealed class PagingSchema : Schema
{
    public PagingSchema()
    {
        Query = new PagingQueryType();
        this.UseUtcDateTime();
        RegisterTypeMapping(typeof(BookStatus), typeof(BookStatusGraphType));
    }

    /// <summary>Newest first, as the articles list orders by default.</summary>
    public static readonly IReadOnlyList<SortKey> DefaultOrder = [new("publishedAt", (System.Linq.Expressions.Expression<Func<Book, DateTime?>>)(b => b.PublishedAt), true)];

    public static IServiceProvider Services(PagingBookstore store, CursorPagingOptions options)
    {
        using var db = store.CreateDbContext();
        return new ServiceCollection()
            .AddSingleton<IDbContextFactory<BookstoreContext>>(store)
            .AddSingleton(options)
            .AddSingleton(new CursorCodec(options))
            .AddSingleton(db.Model)
            .BuildServiceProvider();
    }
}

internal static class BookConnectionField
{
    public static FieldBuilder<TSource, object> WithBookArguments<TSource>(this FieldBuilder<TSource, object> field) =>
        field.WithPagingArguments()
            .Argument<BookFilterInput>("where", "Only books that meet these conditions.")
            .Argument<ListGraphType<NonNullGraphType<BookSortInput>>>("order", "Sort order, highest priority first.");
}

internal sealed class PagingBooksConnectionType() : ConnectionGraphType<BookGraphType, Book>("Books", "books");

internal sealed class PagingQueryType : ObjectGraphType
{
    public PagingQueryType()
    {
        Name = "Query";
        Field<NonNullGraphType<PagingBooksConnectionType>>("books").WithBookArguments()
            .ResolveAsync(async c => await RootQueries.ConnectionAsync<BookstoreContext, Book, int>(c, db => db.Books, PagingSchema.DefaultOrder, b => b.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PagingAuthorType>>>>("authors")
            .ResolveAsync(async c =>
            {
                await using var db = await c.RequestServices!.GetRequiredService<IDbContextFactory<BookstoreContext>>().CreateDbContextAsync();
                return await db.Authors.OrderBy(a => a.Id).Select(ProjectionBuilder.ForSelection<Author>(c)).ToListAsync();
            });
    }
}

internal sealed class PagingAuthorType : ObjectGraphType<Author>
{
    /// <summary>Books are their own link rows: an author's books are the books with that foreign key.</summary>
    private static readonly ChildRelation<Book, int, Book> BooksOfAuthor = new(b => (int)b.AuthorId!, b => b);

    public PagingAuthorType()
    {
        Name = "Author";
        Field(a => a.Id);
        Field(a => a.Name);
        Field<NonNullGraphType<PagingBooksConnectionType>>("books").Projects().WithBookArguments()
            .Resolve(context => context.GetBatchLoader(c => new ChildConnectionLoader<BookstoreContext, Book, int, Book>(
                    c.RequestServices!.GetRequiredService<IDbContextFactory<BookstoreContext>>(),
                    db => db.Books,
                    BooksOfAuthor,
                    ConnectionRequests.ForConnection(c, c.GetFilterExpression<Book>(), c.GetSortKeys<Book>(), PagingSchema.DefaultOrder, b => b.Id)))
                .Load(context.Source.Id));
    }
}
