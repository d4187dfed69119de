using System.Net.Http.Headers;
using System.Text;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using GraphQLHttp;

namespace GraphQLHttp.Tests;

/// <summary>A minimal host wired exactly as ContentApi wires it, on TestServer, with per-test configuration.</summary>
internal sealed class TestGraphQLHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestGraphQLHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Sends a POST of <c>{ hello }</c> as if from <paramref name="remoteIp"/>, which TestServer leaves unset otherwise.</summary>
    public Task<HttpContext> PostHelloFromAsync(string remoteIp) => _app.GetTestServer().SendAsync(context =>
    {
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(remoteIp);
        context.Request.Method = "POST";
        context.Request.Path = "/graphql";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream("{\"query\":\"{ hello }\"}"u8.ToArray());
    });

    public static async Task<TestGraphQLHost> StartAsync(
        IDictionary<string, string?>? configuration = null, string environment = "Production", Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(configuration ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton<CancellationProbe>();
        builder.Services.AddSingleton<TestDataAccess>();
        builder.Services.AddSingleton<IDataAccessRecorder>(services => services.GetRequiredService<TestDataAccess>());
        builder.Services.AddGraphQL(b => b
            .AddSelfActivatingSchema<TestContentSchema>()
            .AddSystemTextJson()
            .AddHttpConventions(builder.Configuration.GetSection("GraphQL")));
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapGraphQLHttp();
        await app.StartAsync();
        return new TestGraphQLHost(app);
    }

    public Task<HttpResponseMessage> PostJsonAsync(string json, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostQueryAsync(string query, string? accept = null)
        => PostJsonAsync(System.Text.Json.JsonSerializer.Serialize(new { query }), accept);

    public Task<HttpResponseMessage> GetAsync(string queryString, string? accept = null, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
