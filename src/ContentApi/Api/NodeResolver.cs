using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Sources;
using ContentApi.Topics;
using GraphQL;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Relay;

namespace ContentApi.Api;

/// <summary>Resolves Relay global ids to the objects they name: one statement per type, however many ids.</summary>
internal static class NodeResolver
{
    public static async Task<object?> ResolveAsync(IResolveFieldContext context, string id) =>
        (await ResolveManyAsync(context, [id]))[0];

    public static async Task<IReadOnlyList<object?>> ResolveManyAsync(IResolveFieldContext context, IReadOnlyList<string> ids)
    {
        // Every id is checked before anything is read, so one bad id fails the field without a wasted query.
        var decoded = ids.Select(GlobalId.Decode).ToList();
        var found = new Dictionary<(string TypeName, int Key), object>();
        foreach (var group in decoded.GroupBy(d => d.TypeName))
        {
            var keys = group.Select(d => d.Key).Distinct().ToList();
            IEnumerable<(int Key, object Node)> rows = group.Key switch
            {
                "Article" => (await RootQueries.FindAllAsync<ContentDbContext, Article>(context, db => db.Articles, a => keys.Contains(a.Id))).Select(a => (a.Id, (object)a)),
                "Topic" => (await RootQueries.FindAllAsync<ContentDbContext, Topic>(context, db => db.Topics, t => keys.Contains(t.Id))).Select(t => (t.Id, (object)t)),
                "QuotedSource" => (await RootQueries.FindAllAsync<ContentDbContext, QuotedSource>(context, db => db.Sources, s => keys.Contains(s.Id))).Select(s => (s.Id, (object)s)),
                _ => throw GlobalId.Invalid(ids[decoded.IndexOf(group.First())], $"No type is called '{group.Key}'."),
            };
            foreach (var (key, node) in rows)
            {
                found[(group.Key, key)] = node;
            }
        }

        return decoded.Select(d => found.GetValueOrDefault(d)).ToList();
    }
}
