using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContentApi.Editorial;

public static class EditorialRegistration
{
    /// <summary>The write services: one unit of work per mutation on a context that sees drafts.</summary>
    public static IServiceCollection AddEditorial(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DraftsVisibleContexts>();
        services.AddSingleton<EditorialUnitOfWork>();
        services.AddSingleton<ArticleEditor>();
        services.AddSingleton<QuoteEditor>();
        services.AddSingleton<CatalogEditor>();
        return services;
    }
}
