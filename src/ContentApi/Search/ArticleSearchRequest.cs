using System.Linq.Expressions;
using ContentApi.Articles;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using QueryableGraphQL.Filtering;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Sorting;

namespace ContentApi.Search;

/// <summary>What one <c>search</c> field asks for: the parsed query, the <c>where</c> filter, the page and the selection.</summary>
internal sealed record ArticleSearchRequest(
    SearchQuery Query,
    Expression<Func<Article, bool>>? Filter,
    ConnectionRequest<ArticleSearchMatch> Page,
    bool IncludeHighlights)
{
    /// <summary>Best first; equal scores by id, so every page is stable and a cursor is (score, id).</summary>
    private static readonly IReadOnlyList<SortKey> ByScore =
        [new("score", (Expression<Func<ArticleSearchMatch, double>>)(m => m.Score), Descending: true)];

    public static ArticleSearchRequest From(IResolveFieldContext context)
    {
        var services = context.RequestServices ?? throw new InvalidOperationException("Request services are required to search.");
        var options = services.GetRequiredService<SearchOptions>();
        var text = context.GetArgument<string>("query");
        if (text.Length > options.MaxQueryLength || SearchQueryParser.WordCount(text) > options.MaxQueryWords)
        {
            throw new ExecutionError(
                $"'query' may hold at most {options.MaxQueryLength} characters and {options.MaxQueryWords} words.") { Code = "INPUT_TOO_LARGE" };
        }

        var edgeType = (IComplexGraphType)((IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType()).GetField("edges")!.ResolvedType!.GetNamedType();
        var articleType = (IComplexGraphType)edgeType.GetField("node")!.ResolvedType!.GetNamedType();
        var members = SelectionCollector.MembersFor(context, articleType, ["nodes"], ["edges", "node"]);
        var article = ProjectionBuilder.Build<Article>(services.GetRequiredService<IModel>(), members);
        return new ArticleSearchRequest(
            SearchQueryParser.Parse(text),
            context.GetFilterExpression<Article>(),
            ConnectionRequests.ForRows(context, ByScore, m => m.Article.Id, Projection(article)),
            SelectionCollector.Selects(context, "edges", "highlights"));
    }

    /// <summary><c>m => new ArticleSearchMatch { Article = article(m.Article), Score = m.Score }</c>.</summary>
    private static Expression<Func<ArticleSearchMatch, ArticleSearchMatch>> Projection(Expression<Func<Article, Article>> article)
    {
        var match = Expression.Parameter(typeof(ArticleSearchMatch), "match");
        var body = Expression.MemberInit(
            Expression.New(typeof(ArticleSearchMatch)),
            Expression.Bind(typeof(ArticleSearchMatch).GetProperty(nameof(ArticleSearchMatch.Article))!,
                ReplacingExpressionVisitor.Replace(article.Parameters[0], Expression.Property(match, nameof(ArticleSearchMatch.Article)), article.Body)),
            Expression.Bind(typeof(ArticleSearchMatch).GetProperty(nameof(ArticleSearchMatch.Score))!,
                Expression.Property(match, nameof(ArticleSearchMatch.Score))));
        return Expression.Lambda<Func<ArticleSearchMatch, ArticleSearchMatch>>(body, match);
    }
}
