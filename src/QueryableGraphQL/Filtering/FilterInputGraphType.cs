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
        Description = $"Conditions that a {entityType.Name} must meet. All fields set in one object must hold (AND); "
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
            Description = description ?? $"Conditions on `{binding.Name}`.",
        });
        bindings.Add(binding.Name, binding);
    }
}
