using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQLHttp.Tests;

/// <summary>
/// A small schema shaped like the content API (articles connection, topics, quotes, sources) plus fields that are
/// slow, throw, or run SQL, so the transport can be tested without the real host.
/// </summary>
public sealed class TestContentSchema : Schema
{
    public TestContentSchema(IServiceProvider services)
        : base(services)
    {
        Query = new TestQueryType();
        Mutation = new TestMutationType();
    }
}

internal sealed class TestQueryType : ObjectGraphType
{
    public TestQueryType()
    {
        Name = "Query";
        Field<StringGraphType>("hello").Resolve(_ => "world");
        Field<StringGraphType>("echo").Argument<StringGraphType>("text").Resolve(ctx => ctx.GetArgument<string>("text"));
        Field<StringGraphType>("slow")
            .Argument<IntGraphType>("ms")
            .ResolveAsync(async ctx =>
            {
                var probe = ctx.RequestServices!.GetRequiredService<CancellationProbe>();
                probe.Started.TrySetResult(true);
                try
                {
                    await Task.Delay(ctx.GetArgument("ms", 5_000), ctx.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    probe.Cancelled.TrySetResult(true);
                    throw;
                }

                return "done";
            });
        Field<StringGraphType>("boom").Resolve(_ => throw new InvalidOperationException("connection string secret=hunter2"));
        Field<StringGraphType>("badCursor").Resolve(_ => throw new ExecutionError("The cursor is not valid.") { Code = "INVALID_CURSOR" });
        Field<IntGraphType>("sqlStatements")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<TestDataAccess>().RunTwoStatementsAsync(ctx.CancellationToken));
        Field<TestArticleConnectionType>("articles")
            .Argument<IntGraphType>("first")
            .Argument<IntGraphType>("last")
            .Resolve(ctx => TestArticles.Page(ctx.GetArgument<int?>("first") ?? ctx.GetArgument<int?>("last") ?? 10));
    }
}

internal sealed class TestMutationType : ObjectGraphType
{
    public TestMutationType()
    {
        Name = "Mutation";
        Field<StringGraphType>("touch").Resolve(_ => "touched");
    }
}

internal sealed class TestArticleConnectionType : ObjectGraphType<IReadOnlyList<TestArticle>>
{
    public TestArticleConnectionType()
    {
        Name = "ArticleConnection";
        Field<ListGraphType<TestArticleType>>("nodes").Resolve(ctx => ctx.Source);
        Field<IntGraphType>("totalCount").Resolve(ctx => ctx.Source.Count);
    }
}

internal sealed class TestArticleType : ObjectGraphType<TestArticle>
{
    public TestArticleType()
    {
        Name = "Article";
        Field<StringGraphType>("title").Resolve(ctx => ctx.Source.Title);
        Field<ListGraphType<TestTopicType>>("topics").Resolve(_ => new[] { "science", "culture" });
        Field<ListGraphType<TestQuoteType>>("quotes").Resolve(_ => new[] { "To be or not to be" });
    }
}

internal sealed class TestTopicType : ObjectGraphType<string>
{
    public TestTopicType()
    {
        Name = "Topic";
        Field<StringGraphType>("name").Resolve(ctx => ctx.Source);
        Field<TestArticleConnectionType>("articles")
            .Argument<IntGraphType>("first")
            .Resolve(ctx => TestArticles.Page(ctx.GetArgument<int?>("first") ?? 10));
    }
}

internal sealed class TestQuoteType : ObjectGraphType<string>
{
    public TestQuoteType()
    {
        Name = "Quote";
        Field<StringGraphType>("text").Resolve(ctx => ctx.Source);
        Field<TestSourceType>("source").Resolve(_ => "Hamlet");
    }
}

internal sealed class TestSourceType : ObjectGraphType<string>
{
    public TestSourceType()
    {
        Name = "Source";
        Field<StringGraphType>("name").Resolve(ctx => ctx.Source);
    }
}

internal sealed record TestArticle(string Title);

internal static class TestArticles
{
    public static IReadOnlyList<TestArticle> Page(int size)
        => Enumerable.Range(1, Math.Clamp(size, 0, 100)).Select(i => new TestArticle($"Article {i}")).ToList();
}

internal sealed class CancellationProbe
{
    public TaskCompletionSource<bool> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
