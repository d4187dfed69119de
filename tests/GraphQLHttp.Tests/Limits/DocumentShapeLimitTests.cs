using Microsoft.Extensions.Logging;

namespace GraphQLHttp.Tests;

/// <summary>
/// The limits checked on the parsed document before validation: each hostile case of issue 9 gets its code, with
/// a 400 under application/graphql-response+json and nothing logged at Error level.
/// </summary>
public sealed class DocumentShapeLimitTests
{
    public static TheoryData<string, string> HostileCases => new()
    {
        { HostileDocuments.DoublingFragments(40), "MAX_SPREAD_DEPTH" },
        { HostileDocuments.DoublingFragments(20), "MAX_EXPANDED_SELECTIONS" },
        { HostileDocuments.DoublingFragments(12), "MAX_EXPANDED_SELECTIONS" },
        { HostileDocuments.FragmentChain(150), "MAX_FRAGMENTS" },
        { HostileDocuments.FragmentChain(30), "MAX_SPREAD_DEPTH" },
        { HostileDocuments.UndefinedSpreads(3_000), "MAX_TOKENS" },
        { HostileDocuments.UndefinedSpreads(500), "MAX_SELECTION_SET_SIZE" },
        { HostileDocuments.RepeatedDirective(1_000), "MAX_TOKENS" },
        { HostileDocuments.RepeatedDirective(51), "MAX_DIRECTIVES" },
        { HostileDocuments.SameFieldRepeated(201), "MAX_SELECTION_SET_SIZE" },
        { HostileDocuments.NestedListLiteral(150), "MAX_SYNTAX_DEPTH" },
        { HostileDocuments.IntrospectionCycle(10), "MAX_INTROSPECTION_DEPTH" },
        { HostileDocuments.IntrospectionCycle(30), "MAX_SYNTAX_DEPTH" },
        { HostileDocuments.IntrospectionCycle(2), "MAX_INTROSPECTION_DEPTH" },
    };

    [Theory]
    [MemberData(nameof(HostileCases))]
    public async Task Hostile_document_is_refused_with_its_code_and_no_error_log(string query, string expectedCode)
    {
        var log = new CapturingLoggerProvider();
        await using var host = await TestGraphQLHost.StartAsync(configure: builder => builder.Logging.AddProvider(log));

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync(query, "application/graphql-response+json"));

        Assert.Equal(400, response.Status);
        Assert.Equal(expectedCode, response.FirstErrorCode);
        Assert.DoesNotContain(log.Entries, entry => entry.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Documents_at_the_limits_are_accepted()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxSpreadDepth"] = "10",
            ["GraphQL:Limits:MaxExpandedSelections"] = "1535",
            ["GraphQL:Limits:MaxSelectionsPerSet"] = "3",
            ["GraphQL:Limits:MaxDirectives"] = "2",
            ["GraphQL:Limits:MaxAliases"] = "3",
        });

        // 1 + (3 * 2^9 - 2) selections once expanded.
        var doubling = await GraphQLResponse.ReadAsync(host.PostQueryAsync(HostileDocuments.DoublingFragments(10)));
        var directives = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ a: hello @skip(if: false) b: hello @include(if: true) c: hello }"));

        Assert.False(doubling.HasErrors, doubling.Body.GetRawText());
        Assert.False(directives.HasErrors, directives.Body.GetRawText());
    }

    [Fact]
    public async Task Token_limit_counts_tokens_not_comments()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Limits:MaxTokens"] = "3" });

        var commented = await GraphQLResponse.ReadAsync(host.PostQueryAsync("# a comment of many words\n{ hello }"));
        var longer = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello hello }"));

        Assert.False(commented.HasErrors, commented.Body.GetRawText());
        Assert.Equal("MAX_TOKENS", longer.FirstErrorCode);
    }

    [Fact]
    public async Task Syntax_errors_keep_their_code_and_location()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello "));

        Assert.Equal("GRAPHQL_PARSE_FAILED", response.FirstErrorCode);
        Assert.True(response.Body.GetProperty("errors")[0].TryGetProperty("locations", out _));
    }

    [Theory]
    [InlineData("subscription { hello }")]
    [InlineData("subscription S { hello } query Q { hello }")]
    public async Task Operation_types_the_schema_lacks_are_a_validation_error(string query)
    {
        var log = new CapturingLoggerProvider();
        await using var host = await TestGraphQLHost.StartAsync(configure: builder => builder.Logging.AddProvider(log));

        var response = await GraphQLResponse.ReadAsync(host.PostJsonAsync(
            System.Text.Json.JsonSerializer.Serialize(new { query, operationName = query.Contains(" S ") ? "S" : null }), "application/graphql-response+json"));

        Assert.Equal(400, response.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.FirstErrorCode);
        Assert.DoesNotContain(log.Entries, entry => entry.Level >= LogLevel.Error);
    }
}
