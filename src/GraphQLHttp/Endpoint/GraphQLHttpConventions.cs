using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.PersistedDocuments;
using GraphQL.Validation.Rules.Custom;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphQLHttp;

/// <summary>The two calls a host makes: register the conventions with the GraphQL builder, then map the endpoint.</summary>
public static class GraphQLHttpConventions
{
    internal const string PolicyName = "QueryableGraphQL";

    /// <param name="graphQLSection">The <c>GraphQL</c> configuration section.</param>
    public static IGraphQLBuilder AddHttpConventions(this IGraphQLBuilder builder, IConfiguration graphQLSection)
    {
        var services = (builder as GraphQL.MicrosoftDI.GraphQLBuilder)?.ServiceCollection
            ?? throw new InvalidOperationException("AddHttpConventions needs the Microsoft DI builder from services.AddGraphQL(...).");
        var limits = graphQLSection.GetSection("Limits").Get<GraphQLLimitsOptions>() ?? new GraphQLLimitsOptions();
        services.AddSingleton(Options.Create(limits));
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>>(new KestrelLimitsSetup(limits));
        services.Configure<GraphQLHttpOptions>(graphQLSection.GetSection("Http"));
        services.Configure<GraphQLIdeOptions>(graphQLSection.GetSection("Ide"));
        services.Configure<GraphQLPersistedDocumentsOptions>(graphQLSection.GetSection("PersistedDocuments"));
        services.Configure<GraphQLDocumentCacheOptions>(graphQLSection.GetSection("DocumentCache"));

        services.TryAddSingleton<IDataAccessRecorder, NoDataAccessRecorder>();
        services.AddDistributedMemoryCache();
        services.TryAddSingleton<DocumentCache>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ApqCache>();
        services.TryAddSingleton<IPersistedDocumentLoader, TrustedDocumentFolder>();
        services.TryAddSingleton<PersistedQueryStore>();
        services.TryAddSingleton<PersistedQueryResolver>();
        services.TryAddSingleton<GraphQLHttpRequestReader>();
        services.TryAddSingleton<OperationSelector>();
        services.TryAddSingleton<GraphQLRequestExecutor>();
        services.TryAddSingleton<GraphQLResponseWriter>();
        services.TryAddSingleton<GraphQLServerTiming>();
        services.TryAddSingleton<GraphQLOperationTelemetry>();
        services.AddGraphQLRateLimiting(limits);
        services.AddSingleton(new GraphQLForwardedHeadersSetting(services.AddGraphQLForwardedHeaders(graphQLSection.GetSection("ForwardedHeaders"))));
        services.AddGraphQLCors(graphQLSection.GetSection("Cors").Get<GraphQLCorsOptions>() ?? new GraphQLCorsOptions());

        services.RemoveAll<IDocumentBuilder>();
        services.AddSingleton<IDocumentBuilder>(new LimitedDocumentBuilder(limits));
        builder.ConfigureExecution(provider => provider.GetRequiredService<DocumentCache>());
        builder.AddValidationRule(OperationTypeValidationRule.Instance);
        builder.AddValidationRule(RoleValidationRule.Instance, useForCachedDocuments: true);
        if (!limits.IntrospectionEnabled)
        {
            builder.AddValidationRule(NoIntrospectionValidationRule.Instance);
        }

        builder.AddValidationRule(new CostAndDepthValidationRule(limits), useForCachedDocuments: true);
        builder.AddValidationRule(new OperationShapeValidationRule(limits));
        builder.AddErrorInfoProvider(provider => new GraphQLErrorInfoProvider(provider.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        builder.AddUnhandledExceptionHandler(UnhandledExceptionLogger.Handle);
        return builder;
    }

    public static WebApplication MapGraphQLHttp(this WebApplication app, string path = "/graphql")
    {
        var ideOptions = app.Services.GetRequiredService<IOptions<GraphQLIdeOptions>>().Value;
        var idePage = new GraphQLIdePage(path, ideOptions.Enabled, Path.Combine(AppContext.BaseDirectory, "graphql-ide"),
            app.Services.GetRequiredService<ILogger<GraphQLIdePage>>());
        var middleware = ActivatorUtilities.CreateInstance<GraphQLHttpMiddleware>(app.Services, idePage);

        if (app.Services.GetRequiredService<GraphQLForwardedHeadersSetting>().Enabled)
        {
            app.UseForwardedHeaders();
        }

        app.UseCors();
        app.UseRateLimiter();
        app.Map(path, middleware.InvokeAsync)
            .RequireCors(PolicyName)
            .RequireRateLimiting(PolicyName)
            .WithDisplayName("GraphQL");

        if (idePage.IsAvailable)
        {
            app.MapGet(path.TrimEnd('/') + "/" + GraphQLIdePage.ConfigFileName, idePage.ServeConfigAsync);
            // The folder holds only the IDE package, whose LICENSE has no extension.
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = path.TrimEnd('/'),
                FileProvider = new PhysicalFileProvider(idePage.Folder),
                ServeUnknownFileTypes = true,
                DefaultContentType = "text/plain",
            });
        }

        return app;
    }
}
