using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContentApi.CostLadder;

/// <summary>
/// The real host on a SQLite file holding the seeds and N synthetic articles, loaded by its own start-up import
/// (so the first run builds the corpus and later runs reuse it), with the given complexity ceiling.
/// </summary>
internal sealed class LadderHost(string databasePath, int articles, int maxComplexity) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Content", $"Data Source={databasePath}");
        builder.UseSetting("Seed:SyntheticArticles", articles.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("GraphQL:Paging:CursorSigningKey", "contentapi-cost-ladder-cursor-signing-key-0123");
        builder.UseSetting("GraphQL:Limits:MaxComplexity", maxComplexity.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("GraphQL:Limits:ExecutionTimeoutSeconds", "300");
        builder.UseSetting("GraphQL:Limits:RequestsPerWindow", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
