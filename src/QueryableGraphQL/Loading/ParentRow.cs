using QueryableGraphQL.Paging;

namespace QueryableGraphQL.Loading;

/// <summary>One child row of a batched query, tagged with the parent it belongs to.</summary>
internal sealed class ParentRow<TKey, TChild>
{
    public TKey ParentKey { get; set; } = default!;
    public KeysetRow<TChild> Row { get; set; } = null!;
}
