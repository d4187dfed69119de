namespace QueryableGraphQL.Limits;

/// <summary>
/// What filters and sorts add to an operation's static cost, and how large client-supplied lists and filter texts
/// may be. Bound from <c>GraphQL:Limits</c>, beside the transport's own limits.
/// </summary>
internal sealed record ArgumentLimitsOptions
{
    public const string SectionName = "GraphQL:Limits";

    /// <summary>
    /// The longest filter text whose escaped LIKE pattern still fits every supported provider (SQL Server takes at
    /// most 8,000 bytes of pattern, and escaping can double the text), so no provider pattern error is reachable.
    /// </summary>
    public const int FilterTextLengthCeiling = 1_998;

    // The weights are in the cost unit of fields (GraphQL.NET prices each selected field at 1), set so that one
    // unit is roughly a millisecond of database work on 100,000 articles (see the README's cost model).

    /// <summary>Cost of each comparison, equality or membership operator, and of each to-one join in a filter.</summary>
    public double FilterOperatorCost { get; init; } = 20;

    /// <summary>Cost of each <c>contains</c>, <c>startsWith</c> or <c>endsWith</c> (and negation): no index serves it.</summary>
    public double TextMatchCost { get; init; } = 300;

    /// <summary>Cost of each <c>some</c>, <c>all</c>, <c>none</c> or <c>any</c> on a related list: an EXISTS run for every row.</summary>
    public double ListFilterCost { get; init; } = 3_000;

    /// <summary>
    /// The conditions inside <c>some</c>/<c>all</c>/<c>none</c> run once per related row: their cost is multiplied by
    /// this typical number of related rows per row.
    /// </summary>
    public double ListFilterFanOut { get; init; } = 3;

    /// <summary>Cost of each sort key given in <c>order</c>, and of each join a nested key needs.</summary>
    public double SortKeyCost { get; init; } = 100;

    /// <summary>Most items in any list argument or list operator (<c>in</c>, <c>nin</c>, <c>and</c>, <c>or</c>, <c>nodes(ids:)</c>).</summary>
    public int MaxListItems { get; init; } = 100;

    /// <summary>Longest text inside a filter or other input object, in UTF-16 code units.</summary>
    public int MaxFilterTextLength { get; init; } = 1_000;

    /// <summary>Fails start-up on settings that would turn a client mistake into a fault or a free request.</summary>
    public ArgumentLimitsOptions Validated()
    {
        if (MaxFilterTextLength is < 1 or > FilterTextLengthCeiling)
        {
            throw new InvalidOperationException(
                $"{SectionName}:{nameof(MaxFilterTextLength)} must be between 1 and {FilterTextLengthCeiling}; it is {MaxFilterTextLength}.");
        }

        if (MaxListItems < 1 || ListFilterFanOut < 1 || FilterOperatorCost < 0 || TextMatchCost < 0 || ListFilterCost < 0 || SortKeyCost < 0)
        {
            throw new InvalidOperationException(
                $"{SectionName}: MaxListItems and ListFilterFanOut must be at least 1, and the costs must not be negative.");
        }

        return this;
    }
}
