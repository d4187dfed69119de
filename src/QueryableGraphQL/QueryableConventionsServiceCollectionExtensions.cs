using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QueryableGraphQL.Paging;

namespace QueryableGraphQL;

public static class QueryableConventionsServiceCollectionExtensions
{
    /// <summary>Paging options (from <c>GraphQL:Paging</c>) and the cursor codec that the conventions need.</summary>
    public static IServiceCollection AddQueryableConventions(this IServiceCollection services, IConfiguration configuration)
    {
        var paging = configuration.GetSection(CursorPagingOptions.SectionName).Get<CursorPagingOptions>() ?? new CursorPagingOptions();
        services.AddSingleton(paging);
        services.AddSingleton(new CursorCodec(paging));
        return services;
    }
}
