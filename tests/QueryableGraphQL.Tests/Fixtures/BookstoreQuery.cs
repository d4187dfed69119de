using GraphQL;
using GraphQL.Types;
using QueryableGraphQL.Filtering;
using QueryableGraphQL.Scalars;
using QueryableGraphQL.Sorting;

namespace QueryableGraphQL.Tests.Fixtures;

/// <summary>A root query wired the way a host resolver uses the filter and sort extensions.</summary>
public sealed class BookstoreQuery : ObjectGraphType
{
    public BookstoreQuery(IBookstore store)
    {
        Name = "Query";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookGraphType>>>>("books")
            .Description("Books matching `where`, sorted by `order`.")
            .Argument<BookFilterInput>("where", "Conditions the books must meet.")
            .Argument<ListGraphType<NonNullGraphType<BookSortInput>>>("order", "Sort criteria, highest priority first.")
            .Resolve(context =>
            {
                using var db = store.CreateContext();
                var query = db.Books.AsQueryable();
                if (context.GetFilterExpression<Book>() is { } predicate)
                {
                    query = query.Where(predicate);
                }

                return query.OrderBySortKeys(context.GetSortKeys<Book>()).ToList();
            });
    }

    public static ISchema CreateSchema(IBookstore store)
    {
        var schema = new Schema { Query = new BookstoreQuery(store) }.UseUtcDateTime();
        schema.RegisterTypeMapping(typeof(BookStatus), typeof(BookStatusGraphType));
        schema.Initialize();
        return schema;
    }
}
