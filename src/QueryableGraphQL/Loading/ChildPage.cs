using QueryableGraphQL.Paging;

namespace QueryableGraphQL.Loading;

/// <summary>What one parent's row of a batched child query carries back.</summary>
public sealed class ChildPage<TKey, TChild>
{
    public TKey ParentKey { get; set; } = default!;
    public List<KeysetRow<TChild>> Rows { get; set; } = [];
    public int TotalCount { get; set; }
    public bool HasRowsBehindCursor { get; set; }
}
