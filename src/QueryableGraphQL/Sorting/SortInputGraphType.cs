using GraphQL.Types;

namespace QueryableGraphQL.Sorting;

/// <summary>
/// Untyped view of a <c>&lt;Type&gt;SortInput</c>: the whitelist of sortable fields.
/// Subclass <see cref="SortInputGraphType{T}"/> to declare one.
/// </summary>
public abstract class SortInputGraphType : InputObjectGraphType
{
    private readonly Dictionary<string, SortFieldBinding> bindings = new(StringComparer.Ordinal);

    private protected SortInputGraphType(Type entityType)
    {
        EntityType = entityType;
        Name = entityType.Name + "SortInput";
        Description = $"One sort criterion for {entityType.Name} items. Set exactly one field in each object; "
            + "to sort by several fields, pass several objects in the `order` list, highest priority first.";
    }

    /// <summary>The CLR entity type this ordering applies to.</summary>
    public Type EntityType { get; }

    internal IReadOnlyDictionary<string, SortFieldBinding> Bindings => bindings;

    private protected void AddBinding(SortFieldBinding binding, Type fieldGraphType, string? description)
    {
        AddField(new FieldType
        {
            Name = binding.Name,
            Type = fieldGraphType,
            Description = description ?? (binding.NestedSortType is null
                ? $"Sort by `{binding.Name}`."
                : $"Sort by a field of the related `{binding.Name}`; items without one come last."),
        });
        bindings.Add(binding.Name, binding);
    }
}
