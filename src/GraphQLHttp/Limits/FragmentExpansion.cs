namespace GraphQLHttp;

/// <summary>
/// How many selections a definition visits once its fragment spreads are expanded. Each fragment is counted once
/// and remembered, so the cost is linear in the document however often fragments spread each other, and the
/// recursion stops at the longest chain of spreads allowed (MAX_SPREAD_DEPTH). Undefined fragments and cycles count
/// as nothing here; validation reports them.
/// </summary>
internal sealed class FragmentExpansion(IReadOnlyDictionary<string, DefinitionShape> fragments, GraphQLLimitsOptions limits)
{
    private readonly Dictionary<string, long?> _expanded = new(StringComparer.Ordinal);
    private int _chain;

    public long Expand(DefinitionShape shape)
    {
        var selections = shape.OwnSelections;
        foreach (var spread in shape.Spreads)
        {
            // Saturates just above the limit: beyond it the exact figure no longer matters, and it cannot overflow.
            selections = Math.Min(selections + ExpandFragment(spread), limits.MaxExpandedSelections + 1L);
        }

        return selections;
    }

    private long ExpandFragment(string name)
    {
        if (_expanded.TryGetValue(name, out var known))
        {
            // Null marks a fragment still being expanded: a cycle.
            return known ?? 0;
        }

        if (!fragments.TryGetValue(name, out var fragment))
        {
            return 0;
        }

        if (++_chain > limits.MaxSpreadDepth)
        {
            throw DocumentShapeLimits.Refuse(GraphQLErrorCodes.MaxSpreadDepth,
                $"The document chains fragment spreads more than {limits.MaxSpreadDepth} deep.");
        }

        _expanded[name] = null;
        var expanded = Expand(fragment);
        _expanded[name] = expanded;
        _chain--;
        return expanded;
    }
}
