using GraphQL.Builders;
using GraphQL.Types;
using QueryableGraphQL.Paging;

namespace QueryableGraphQL;

public static class QueryableFieldExtensions
{
    /// <summary>
    /// Declares in one line what a list of entities can do: <c>where</c> and <c>order</c>, typed after the entity the
    /// way HotChocolate's <c>UseFiltering</c>/<c>UseSorting</c> infer them, plus <c>first, after, last, before</c>
    /// when the field returns a connection. <paramref name="items"/> is the plural noun the descriptions use.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> UseQueryable<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string items)
    {
        var list = QueryableListShape.Of(field.FieldType.Type
            ?? throw new InvalidOperationException($"Field '{field.FieldType.Name}' needs its graph type before UseQueryable."));
        if (list.IsConnection)
        {
            field.WithPagingArguments();
        }

        return field
            .Argument(list.FilterType, "where", argument => argument.Description = $"Only {items} that meet these conditions.")
            .Argument(typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(list.SortType)),
                "order", argument => argument.Description = "Sort order; the first entry has the highest priority.");
    }
}
