using GraphQL.PersistedDocuments;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQLHttp.Tests;

public sealed class PersistedDocumentLoaderTests
{
    [Fact]
    public async Task A_host_registered_loader_serves_its_own_document_ids()
    {
        await using var host = await StartAsync(only: true);

        var byCustomId = await GraphQLResponse.ReadAsync(host.PostJsonAsync("{\"documentId\":\"x-catalog:greeting\"}"));
        var unknown = await GraphQLResponse.ReadAsync(host.PostJsonAsync("{\"documentId\":\"x-catalog:missing\"}"));
        var text = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello }", "application/graphql-response+json"));

        Assert.Equal("world", byCustomId.Body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.FirstErrorCode);
        Assert.Equal("PERSISTED_QUERY_ONLY", text.FirstErrorCode);
    }

    [Fact]
    public async Task The_etag_of_a_loaded_document_is_that_of_its_text()
    {
        await using var host = await StartAsync(only: false);

        var byId = await host.GetAsync("documentId=x-catalog:greeting");
        var byText = await host.GetAsync("query=" + Uri.EscapeDataString(Catalog.Greeting));

        Assert.NotNull(byId.Headers.ETag);
        Assert.Equal(byText.Headers.ETag, byId.Headers.ETag);
    }

    private static Task<TestGraphQLHost> StartAsync(bool only) => TestGraphQLHost.StartAsync(
        new Dictionary<string, string?> { ["GraphQL:PersistedDocuments:Only"] = only ? "true" : "false" },
        configure: builder => builder.Services.AddSingleton<IPersistedDocumentLoader, Catalog>());

    private sealed class Catalog : IPersistedDocumentLoader
    {
        public const string Greeting = "query Greeting { hello }";

        public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken)
            => ValueTask.FromResult(documentIdPrefix == "x-catalog" && documentIdPayload == "greeting" ? Greeting : null);
    }
}
