using System.Collections.Concurrent;

namespace QueryableGraphQL.Filtering;

/// <summary>
/// One shared instance per input type, so translation outside a schema (batch loaders, tests)
/// can follow nested filter and sort types by their CLR type alone.
/// </summary>
internal static class GraphTypeInstances
{
    private static readonly ConcurrentDictionary<Type, object> Instances = new();

    public static TGraphType Get<TGraphType>(Type type) =>
        (TGraphType)Instances.GetOrAdd(type, t => Activator.CreateInstance(t)
            ?? throw new InvalidOperationException($"Cannot create {t.Name}."));
}
