using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QueryableGraphQL.Limits;
using QueryableGraphQL.Paging;

namespace QueryableGraphQL;

public static class QueryableConventionsServiceCollectionExtensions
{
    /// <summary>
    /// Paging options (from <c>GraphQL:Paging</c>), the cursor codec, and the argument costs and size limits (from
    /// <c>GraphQL:Limits</c>) that the conventions need.
    /// </summary>
    public static IServiceCollection AddQueryableConventions(this IServiceCollection services, IConfiguration configuration)
    {
        var paging = configuration.GetSection(CursorPagingOptions.SectionName).Get<CursorPagingOptions>() ?? new CursorPagingOptions();
        services.AddSingleton(paging);
        services.AddSingleton(new CursorCodec(paging));
        var limits = configuration.GetSection(ArgumentLimitsOptions.SectionName).Get<ArgumentLimitsOptions>() ?? new ArgumentLimitsOptions();
        services.AddSingleton(limits.Validated());
        return services;
    }
}
