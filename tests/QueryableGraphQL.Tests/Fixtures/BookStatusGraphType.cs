using GraphQL.Types;

namespace QueryableGraphQL.Tests.Fixtures;

/// <summary>The host-side enum type; filter inputs must reuse it rather than invent their own.</summary>
public sealed class BookStatusGraphType : EnumerationGraphType<BookStatus>
{
    public BookStatusGraphType()
    {
        Name = "BookStatus";
        Description = "Where a book is in its life cycle.";
    }
}
