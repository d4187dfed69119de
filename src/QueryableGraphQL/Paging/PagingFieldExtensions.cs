using GraphQL.Builders;
using GraphQL.Types;

namespace QueryableGraphQL.Paging;

public static class PagingFieldExtensions
{
    /// <summary>The Relay arguments <c>first, after, last, before</c>.</summary>
    public static FieldBuilder<TSource, TReturn> WithPagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", "Number of items to return from the start, or after the 'after' cursor.")
            .Argument<StringGraphType>("after", "Return items after this cursor. Use with 'first'.")
            .Argument<IntGraphType>("last", "Number of items to return from the end, or before the 'before' cursor.")
            .Argument<StringGraphType>("before", "Return items before this cursor. Use with 'last'.");
}
