using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Sources;
using ContentApi.Topics;
using GraphQL;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Relay;

namespace ContentApi.Api;

/// <summary>Resolves Relay global ids to the objects they name.</summary>
internal static class NodeResolver
{
    public static async Task<object?> ResolveAsync(IResolveFieldContext context, string id)
    {
        var (typeName, key) = GlobalId.Decode(id);
        return typeName switch
        {
            "Article" => await RootQueries.FindAsync<ContentDbContext, Article>(context, db => db.Articles, a => a.Id == key),
            "Topic" => await RootQueries.FindAsync<ContentDbContext, Topic>(context, db => db.Topics, t => t.Id == key),
            "QuotedSource" => await RootQueries.FindAsync<ContentDbContext, QuotedSource>(context, db => db.Sources, s => s.Id == key),
            _ => throw GlobalId.Invalid(id, $"No type is called '{typeName}'."),
        };
    }

    public static async Task<IReadOnlyList<object?>> ResolveManyAsync(IResolveFieldContext context, IReadOnlyList<string> ids)
    {
        var results = new List<object?>(ids.Count);
        foreach (var id in ids)
        {
            results.Add(await ResolveAsync(context, id));
        }

        return results;
    }
}
