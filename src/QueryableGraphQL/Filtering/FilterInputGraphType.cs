using GraphQL.Types;

namespace QueryableGraphQL.Filtering;

/// <summary>
/// Untyped view of a <c>&lt;Type&gt;FilterInput</c>: the whitelist of filterable fields that the
/// translator walks. Subclass <see cref="FilterInputGraphType{T}"/> to declare one.
/// </summary>
public abstract class FilterInputGraphType : InputObjectGraphType
{
    private readonly Dictionary<string, FilterFieldBinding> bindings = new(StringComparer.Ordinal);

    private protected FilterInputGraphType(Type entityType)
    {
        EntityType = entityType;
        Name = entityType.Name + "FilterInput";
        Description = $"Conditions on {entityType.Name} items. All fields set in one object must hold (AND); "
            + "use `and` and `or` to combine several such objects.";
        var selfList = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType()));
        AddField(new FieldType
        {
            Name = "and",
            Type = selfList,
            Description = "Matches only when every condition object in the list matches.",
        });
        AddField(new FieldType
        {
            Name = "or",
            Type = selfList,
            Description = "Matches when at least one condition object in the list matches.",
        });
    }

    /// <summary>The CLR entity type this filter applies to.</summary>
    public Type EntityType { get; }

    internal IReadOnlyDictionary<string, FilterFieldBinding> Bindings => bindings;

    private protected void AddBinding(FilterFieldBinding binding, Type operationType, string? description)
    {
        AddField(new FieldType
        {
            Name = binding.Name,
            Type = operationType,
            Description = description ?? DefaultDescription(binding),
        });
        bindings.Add(binding.Name, binding);
    }

    private static string DefaultDescription(FilterFieldBinding binding) => binding.Kind switch
    {
        FilterOperandKind.Object => $"Conditions on the related `{binding.Name}`. Any object given here, even `{{}}`, "
            + $"requires it to exist; `{binding.Name}: null` matches items without one.",
        FilterOperandKind.List => $"Conditions on the elements of `{binding.Name}`.",
        _ => $"Conditions on `{binding.Name}`.",
    };
}
