using ContentApi.Articles;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using QueryableGraphQL.Paging;

namespace ContentApi.Search;

internal static class SearchFieldRegistration
{
    /// <summary>
    /// <c>search(query, first, after, last, before, where)</c>. Its cost is the default impact of a connection plus
    /// <see cref="SearchOptions.Cost"/>; the <c>where</c> filter adds its own on top, as on <c>articles</c>.
    /// </summary>
    public static void AddSearchField(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ArticleSearchConnectionType>>("search")
            .Description("Published articles matching a reader's query, best first, with scores and highlights. See the README for the syntax.")
            .Argument<NonNullGraphType<StringGraphType>>("query",
                "Words to find (all of them), \"a phrase\", -excluded, or alternatives joined with OR. Case and accents do not matter; word forms are stemmed.")
            .WithPagingArguments()
            .Argument<ArticleFilterInput>("where", "Only articles that meet these conditions.")
            .WithComplexityImpact(context =>
            {
                var connection = context.Configuration.DefaultComplexityImpactDelegate(context);
                var cost = context.ValidationContext.RequestServices?.GetService<SearchOptions>()?.Cost ?? new SearchOptions().Cost;
                return new FieldComplexityResult(connection.FieldImpact + cost, connection.ChildImpactMultiplier);
            })
            .ResolveAsync(async context => await ArticleSearchQuery.ResolveAsync(context));
}
