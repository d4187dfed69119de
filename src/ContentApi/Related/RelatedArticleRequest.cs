using System.Linq.Expressions;
using ContentApi.Articles;
using ContentApi.Sources;
using ContentApi.Topics;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore.Metadata;
using QueryableGraphQL.Filtering;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;

namespace ContentApi.Related;

/// <summary>What one <c>related</c> selection asks for; shared by every parent of the selection.</summary>
internal sealed record RelatedArticleRequest(
    int First,
    Expression<Func<Article, bool>>? Filter,
    Expression<Func<Article, Article>> ArticleProjection,
    Expression<Func<Topic, Topic>>? TopicProjection,
    Expression<Func<QuotedSource, QuotedSource>>? SourceProjection,
    RelatedArticleOptions Options)
{
    public const int DefaultFirst = 5;
    public const int MaxFirst = 20;

    /// <summary>The <c>first</c> argument, checked like the paging arguments of the connections.</summary>
    public static int FirstOf(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", DefaultFirst);
        if (first < 0)
        {
            throw PagingErrors.InvalidPageSize("first");
        }

        // The code of the paging arguments, with a message of its own: there are no cursors to follow here.
        return first <= MaxFirst
            ? first
            : throw new ExecutionError($"'first' may be at most {MaxFirst} related articles.") { Code = "PAGE_SIZE_EXCEEDED" };
    }

    public static RelatedArticleRequest From(IResolveFieldContext context)
    {
        var services = context.RequestServices ?? throw new InvalidOperationException("Request services are required to load related articles.");
        var model = services.GetRequiredService<IModel>();
        var relatedType = (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
        return new RelatedArticleRequest(
            FirstOf(context),
            context.GetFilterExpression<Article>(),
            ProjectionBuilder.Build<Article>(model, Members(context, relatedType, "article")),
            SelectionCollector.Selects(context, "sharedTopics")
                ? ProjectionBuilder.Build<Topic>(model, [.. Members(context, relatedType, "sharedTopics"), nameof(Topic.Name)])
                : null,
            SelectionCollector.Selects(context, "sharedSources")
                ? ProjectionBuilder.Build<QuotedSource>(model, [.. Members(context, relatedType, "sharedSources"), nameof(QuotedSource.Name)])
                : null,
            services.GetRequiredService<RelatedArticleOptions>());
    }

    private static IReadOnlySet<string> Members(IResolveFieldContext context, IComplexGraphType relatedType, string field) =>
        SelectionCollector.MembersFor(context, (IComplexGraphType)relatedType.GetField(field)!.ResolvedType!.GetNamedType(), [field]);
}
