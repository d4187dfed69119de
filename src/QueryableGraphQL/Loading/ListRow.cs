namespace QueryableGraphQL.Loading;

/// <summary>
/// One child of a batched whole-list query, tagged with the parent it belongs to. Unlike <see cref="ParentRow{TKey, TChild}"/>
/// it carries no ordering keys: a list that is never paged has no cursors to encode, so reading them would only box them.
/// </summary>
internal sealed class ListRow<TKey, TChild>
{
    public TKey ParentKey { get; set; } = default!;
    public TChild Node { get; set; } = default!;
}
