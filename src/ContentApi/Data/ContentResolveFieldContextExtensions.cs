using ContentApi.Articles;
using ContentApi.Editorial;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

internal static class ContentResolveFieldContextExtensions
{
    /// <summary>
    /// The pooled context factory: every loader and query takes its own context, never a shared one. Under an
    /// editor's preview or a mutation it is the one that sees drafts.
    /// </summary>
    public static IDbContextFactory<ContentDbContext> ContentContexts(this IResolveFieldContext context) =>
        context.SeesDrafts()
            ? context.RequestServices!.GetRequiredService<DraftsVisibleContexts>()
            : context.RequestServices!.GetRequiredService<IDbContextFactory<ContentDbContext>>();

    /// <summary>The articles a root field reads: the published ones, or every one under a preview.</summary>
    public static Func<ContentDbContext, IQueryable<Article>> ArticlesFor(this IResolveFieldContext context) =>
        context.SeesDrafts() ? db => db.Articles.IgnoreQueryFilters() : db => db.Articles;
}
