using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContentApi.Benchmarks;

/// <summary>
/// The real host (Program.cs and its registrations) in-process on a given SQLite file, started the way users
/// start it: the start-up import tops the synthetic corpus up to <c>Seed:SyntheticArticles</c>.
/// </summary>
public sealed class ContentApiBenchmarkHost(string databasePath, int syntheticArticles) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, as deployed: no Server-Timing header, no developer error details.
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Content", $"Data Source={databasePath}");
        builder.UseSetting("Seed:SyntheticArticles", syntheticArticles.ToString());
        // Production refuses to start without a key; deep cursors (DeepCursor.cs) are made with this host's codec.
        builder.UseSetting("GraphQL:Paging:CursorSigningKey", "contentapi-benchmarks-cursor-signing-key-0123");
        // The per-request Information log line would flood BenchmarkDotNet's captured console output;
        // the initializer's lines stay, as they report the corpus load time.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:ContentApi.Data.ContentDatabaseInitializer", "Information");
    }

    /// <summary>Starts the host (running its start-up import) and returns a client for its in-memory server.</summary>
    public HttpClient Start() => CreateClient();
}
