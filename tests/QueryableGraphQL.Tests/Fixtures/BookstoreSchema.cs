using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace QueryableGraphQL.Tests.Fixtures;

/// <summary>The schema as a host declares it when graph types come from dependency injection.</summary>
public sealed class BookstoreSchema : Schema
{
    public BookstoreSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<BookstoreQuery>();
        RegisterTypeMapping(typeof(BookStatus), typeof(BookStatusGraphType));
    }
}
