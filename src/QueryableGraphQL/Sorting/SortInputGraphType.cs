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
        Description = $"One sort criterion for {entityType.Name} items. Set exactly one field per list element; "
            + "earlier elements take priority, for example `[{ publishedAt: DESC }, { title: ASC }]`.";
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
            Description = description ?? $"Sort by `{binding.Name}`.",
        });
        bindings.Add(binding.Name, binding);
    }
}
