using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Paging;

/// <summary>Reads root pages the way a resolver does: client arguments, validation, then one keyset page.</summary>
internal sealed class PageReader(PagingBookstore store, OrderingCase ordering)
{
    public static readonly CursorPagingOptions Options = new() { MaxPageSize = 100 };

    public static readonly CursorCodec Codec = new(Options);

    public KeysetOrdering Ordering { get; } = ordering.Ordering;

    public System.Linq.Expressions.Expression<Func<Book, bool>>? Filter { get; init; }

    public async Task<Connection<Book>> ReadAsync(PagingArguments arguments)
    {
        await using var db = store.CreateDbContext();
        var projection = ProjectionBuilder.Build<Book>(db.Model, [nameof(Book.Id)]);
        var request = new ConnectionRequest<Book>(
            Filter, Ordering, arguments.Validate(Options, Ordering, Codec), projection,
            IncludeTotalCount: false, IncludeExactPageInfo: true, Codec);
        return await db.Books.ToConnectionAsync(request, CancellationToken.None);
    }
}
