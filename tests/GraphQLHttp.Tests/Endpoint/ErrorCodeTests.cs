namespace GraphQLHttp.Tests;

public sealed class ErrorCodeTests
{
    [Fact]
    public async Task Unhandled_exception_becomes_internal_with_correlation_id_and_no_details()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ boom hello }"));

        Assert.Equal(200, response.Status);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal("INTERNAL", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(32, error.GetProperty("extensions").GetProperty("correlationId").GetString()!.Length);
        Assert.Equal("boom", error.GetProperty("path")[0].GetString());
        Assert.DoesNotContain("hunter2", response.Body.GetRawText());
        Assert.DoesNotContain("InvalidOperationException", response.Body.GetRawText());
        Assert.Equal("world", response.Body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Development_shows_exception_details()
    {
        await using var host = await TestGraphQLHost.StartAsync(environment: "Development");

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ boom }"));

        Assert.Contains("hunter2", response.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("details").GetString());
    }

    [Fact]
    public async Task Resolver_error_code_passes_through_unchanged()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ badCursor }"));

        Assert.Equal("INVALID_CURSOR", response.FirstErrorCode);
        Assert.Equal("The cursor is not valid.", response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
