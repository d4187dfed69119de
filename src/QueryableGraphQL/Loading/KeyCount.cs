namespace QueryableGraphQL.Loading;

/// <summary>A parent key with the number of its children that pass the filter.</summary>
internal sealed class KeyCount<TKey>
{
    public TKey Key { get; set; } = default!;
    public int Count { get; set; }
}
