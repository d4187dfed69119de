using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphQLHttp;

/// <summary>Adds the Server-Timing header when <c>GraphQL:Http:ServerTiming</c> is on (by default only in Development).</summary>
internal sealed class GraphQLServerTiming(IOptions<GraphQLHttpOptions> options, IWebHostEnvironment environment)
{
    private readonly bool _enabled = options.Value.ServerTiming ?? environment.IsDevelopment();

    public void Apply(HttpContext context, IDataAccessScope sql, TimeSpan elapsed)
    {
        if (_enabled)
        {
            context.Response.Headers[ServerTimingHeader.Name] = ServerTimingHeader.Format(sql, elapsed);
        }
    }
}
