using System.Net;
using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQLHttp.Tests.Authorization;

/// <summary>
/// <c>AuthorizeWithRoles</c> on a root type, a field or an argument refuses the whole operation with UNAUTHORIZED
/// before anything resolves, for cached documents too; credentialed responses are never publicly cacheable.
/// </summary>
public sealed class RoleValidationTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private int _resolved;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(new RoleSchemaCounter(() => Interlocked.Increment(ref _resolved)));
        builder.Services.AddGraphQL(b => b.AddSelfActivatingSchema<RoleSchema>().AddSystemTextJson()
            .AddHttpConventions(new ConfigurationBuilder().Build().GetSection("GraphQL")));
        _app = builder.Build();
        // Stands in for the host's authentication: the role comes from a header; any Authorization header is a credential.
        _app.Use((context, next) =>
        {
            if (context.Request.Headers["X-Role"] is [{ } role])
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));
            }

            return next();
        });
        _app.MapGraphQLHttp();
        await _app.StartAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("mutation { write }")]
    [InlineData("mutation { __typename }")]
    [InlineData("{ open secret }")]
    [InlineData("{ open(preview: false) }")]
    public async Task Without_the_role_the_operation_is_refused_before_anything_resolves(string query)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var (status, body) = await PostAsync(query, role: attempt == 0 ? null : "reader");

            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains("\"code\":\"UNAUTHORIZED\"", body);
            Assert.DoesNotContain("\"data\"", body);
        }

        Assert.Equal(0, _resolved);
    }

    [Fact]
    public async Task With_the_role_it_runs_and_the_answer_is_private()
    {
        using var request = Request("mutation { write } ", "editor");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "opaque");

        var response = await _app.GetTestClient().SendAsync(request);

        Assert.Contains("\"write\":\"written\"", await response.Content.ReadAsStringAsync());
        Assert.Equal((true, true), (response.Headers.CacheControl!.Private, response.Headers.CacheControl.NoStore));
        Assert.Equal(1, _resolved);
    }

    private async Task<(HttpStatusCode, string)> PostAsync(string query, string? role)
    {
        using var request = Request(query, role);
        var response = await _app.GetTestClient().SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage Request(string query, string? role)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (role is not null)
        {
            request.Headers.Add("X-Role", role);
        }

        return request;
    }

    private sealed record RoleSchemaCounter(Action Resolved);

    private sealed class RoleSchema : Schema
    {
        public RoleSchema(IServiceProvider services, RoleSchemaCounter counter) : base(services)
        {
            var query = new ObjectGraphType { Name = "Query" };
            query.Field<StringGraphType>("open").Argument<BooleanGraphType>("preview", a => a.AuthorizeWithRoles("editor"))
                .Resolve(_ => { counter.Resolved(); return "open"; });
            query.Field<StringGraphType>("secret").AuthorizeWithRoles("editor").Resolve(_ => { counter.Resolved(); return "secret"; });
            var mutation = new ObjectGraphType { Name = "Mutation" };
            mutation.AuthorizeWithRoles("editor");
            mutation.Field<StringGraphType>("write").Resolve(_ => { counter.Resolved(); return "written"; });
            Query = query;
            Mutation = mutation;
        }
    }
}
