using ContentApi.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContentApi.Benchmarks.Baseline;

/// <summary>
/// Arm B's host: a slim ASP.NET Core app on the same SQLite file, configured with the API's own keys
/// (<c>ConnectionStrings:Content</c>, <c>GraphQL:Paging:CursorSigningKey</c>, <c>Related:*</c>, <c>Search:*</c>, <c>Urls</c>).
/// </summary>
internal static class BaselineServer
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var configuration = builder.Configuration;
        var connectionString = configuration.GetConnectionString(ContentDataRegistration.ConnectionStringName)
            ?? throw new InvalidOperationException("ConnectionStrings:Content is required.");
        var signingKey = configuration["GraphQL:Paging:CursorSigningKey"]
            ?? throw new InvalidOperationException("GraphQL:Paging:CursorSigningKey is required: arm B signs cursors as the API does.");
        var counter = new StatementCounter();
        builder.Services.AddPooledDbContextFactory<ContentDbContext>(options => options
            .UseSqlite(connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(counter));
        builder.Services.AddSingleton(new KeysetCursor(signingKey));
        builder.Services.AddSingleton(RelatedOptions.From(configuration));
        builder.Services.AddSingleton(ContentApi.Search.SearchOptions.From(configuration));

        var app = builder.Build();
        StatementCounter.UseStatementCount(app);
        BaselineEndpoints.Map(app);
        await app.RunAsync();
    }
}
