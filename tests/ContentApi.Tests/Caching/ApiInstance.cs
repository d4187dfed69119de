using ContentApi.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using TestSupport;

namespace ContentApi.Tests.Caching;

/// <summary>One of several API instances behind a load balancer: the shared database, Redis and key, its own logs.</summary>
internal sealed class ApiInstance(IReadOnlyDictionary<string, string?> settings) : ContentApiFactory
{
    public LogCapture Logs { get; } = new();

    protected override string Environment => "Production";

    protected override IReadOnlyDictionary<string, string?> Settings => settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
