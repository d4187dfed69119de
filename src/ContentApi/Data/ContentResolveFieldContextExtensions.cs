using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

internal static class ContentResolveFieldContextExtensions
{
    /// <summary>The pooled context factory: every loader and query takes its own context, never a shared one.</summary>
    public static IDbContextFactory<ContentDbContext> ContentContexts(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<ContentDbContext>>();
}
