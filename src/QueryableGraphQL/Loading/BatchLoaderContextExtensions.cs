using System.Collections.Concurrent;
using GraphQL;

namespace QueryableGraphQL.Loading;

public static class BatchLoaderContextExtensions
{
    private const string LoadersKey = "QueryableGraphQL.BatchLoaders";

    /// <summary>
    /// The loader shared by every resolution of this field in this request. Keyed by the field's place in the
    /// document, so all parents of one selection (same arguments, same sub-selection) land in one batch.
    /// </summary>
    public static TLoader GetBatchLoader<TLoader>(this IResolveFieldContext context, Func<IResolveFieldContext, TLoader> create)
        where TLoader : class
    {
        ConcurrentDictionary<(object, Type), object> loaders;
        lock (context.UserContext)
        {
            loaders = context.UserContext.TryGetValue(LoadersKey, out var existing) && existing is ConcurrentDictionary<(object, Type), object> found
                ? found
                : (ConcurrentDictionary<(object, Type), object>)(context.UserContext[LoadersKey] = new ConcurrentDictionary<(object, Type), object>());
        }

        // Called once per parent: the factory takes its state as an argument, so a lookup that finds the loader allocates nothing.
        return (TLoader)loaders.GetOrAdd((context.FieldAst, typeof(TLoader)), static (_, state) => state.create(state.context), (create, context));
    }
}
