using System.Net;
using ContentApi.Tests.Support;

namespace ContentApi.Tests.Api;

/// <summary>A server fault (here: a missing table) reaches a production client as INTERNAL with a correlation id, no details.</summary>
public sealed class InternalErrorTests(InternalErrorTests.ProductionFactory factory) : IClassFixture<InternalErrorTests.ProductionFactory>
{
    [Fact]
    public async Task Failing_sql_gives_internal_with_a_correlation_id_and_no_stack_trace()
    {
        var client = factory.CreateClient();
        Assert.Empty((await client.SendGraphQLAsync("{ articles { nodes { quotes { text } } } }")).ErrorCodes);
        DatabaseDump.Scalar(factory.DatabasePath, "DROP TABLE Quotes; SELECT 0");

        var response = await client.SendGraphQLAsync("{ articles { nodes { quotes { text } } } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("INTERNAL", response.ErrorCodes);
        Assert.All(response.Json["errors"]!, e => Assert.Matches("^[0-9a-f]{32}$", (string?)e["extensions"]!["correlationId"]));
        Assert.All(response.Json["errors"]!, e => Assert.Equal("An unexpected error occurred.", (string?)e["message"]));
        Assert.DoesNotContain("   at ", response.Body);
        Assert.DoesNotContain("Sqlite", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Quotes", response.Body);
    }

    public sealed class ProductionFactory : ContentApiFactory
    {
        protected override string Environment => "Production";
    }
}
