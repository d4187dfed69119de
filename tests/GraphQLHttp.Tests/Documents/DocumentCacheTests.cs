using GraphQL;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using GraphQLHttp;

namespace GraphQLHttp.Tests;

public sealed class DocumentCacheTests
{
    [Fact]
    public async Task Repeated_query_skips_parsing_and_validation()
    {
        var counter = new CountingValidationRule();
        await using var host = await TestGraphQLHost.StartAsync(configure: builder =>
            builder.Services.AddGraphQL(b => b.AddValidationRule(counter)));
        var cache = host.Services.GetRequiredService<DocumentCache>();

        await host.PostQueryAsync("{ hello }");
        var cached = cache.TryGetValidated(QueryHash.Sha256Hex("{ hello }"));
        var second = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello }"));

        Assert.NotNull(cached);
        Assert.Same(cached, cache.TryGetValidated(QueryHash.Sha256Hex("{ hello }")));
        Assert.Equal(1, counter.Runs);
        Assert.Equal("world", second.Body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Zero_entries_turns_the_cache_off()
    {
        var counter = new CountingValidationRule();
        await using var host = await TestGraphQLHost.StartAsync(
            new Dictionary<string, string?> { ["GraphQL:DocumentCache:MaxEntries"] = "0" },
            configure: builder => builder.Services.AddGraphQL(b => b.AddValidationRule(counter)));

        await host.PostQueryAsync("{ hello }");
        var second = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello }"));

        Assert.Null(host.Services.GetRequiredService<DocumentCache>().TryGetValidated(QueryHash.Sha256Hex("{ hello }")));
        Assert.Equal(2, counter.Runs);
        Assert.Equal("world", second.Body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Invalid_documents_are_not_cached()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        await host.PostQueryAsync("{ nope }");
        var again = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ nope }"));

        Assert.Null(host.Services.GetRequiredService<DocumentCache>().TryGetValidated(QueryHash.Sha256Hex("{ nope }")));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", again.FirstErrorCode);
    }

    private sealed class CountingValidationRule : ValidationRuleBase
    {
        private int _runs;

        public int Runs => _runs;

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            Interlocked.Increment(ref _runs);
            return default;
        }
    }
}
