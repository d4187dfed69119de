namespace ContentApi.Related;

public static class RelatedArticlesRegistration
{
    /// <summary>The score's constants, this instance's related index, and the hook write paths commit through.</summary>
    public static IServiceCollection AddRelatedArticles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(RelatedArticleOptions.From(configuration));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<RelatedIndexCache>();
        services.AddSingleton<ContentChanges>();
        return services;
    }
}
