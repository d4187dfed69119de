using ContentApi.Data;

namespace ContentApi.Search;

public static class SearchRegistration
{
    /// <summary>The search options and the configured provider's full-text index.</summary>
    public static IServiceCollection AddArticleSearch(this IServiceCollection services, IConfiguration configuration)
    {
        var options = SearchOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton<IArticleSearchIndex>((configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions()).Provider switch
        {
            DatabaseProvider.PostgreSql => new PostgreSqlSearchIndex(options),
            DatabaseProvider.SqlServer => new SqlServerSearchIndex(options),
            _ => new SqliteSearchIndex(options),
        });
        return services;
    }
}
