namespace QueryableGraphQL.Paging;

/// <summary>A projected node together with the values of its ordering keys, from which its cursor is made.</summary>
public sealed class KeysetRow<T>
{
    public T Node { get; set; } = default!;
    public object?[] Keys { get; set; } = [];
}
