namespace GraphQLHttp.Tests;

public sealed class TransportTests
{
    [Fact]
    public async Task Post_json_query_returns_data_as_application_json_by_default()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello }"));

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal("utf-8", response.Message.Content.Headers.ContentType?.CharSet);
        Assert.Equal("world", response.Body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Accepting_graphql_response_json_gets_it()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello }", "application/graphql-response+json, application/json;q=0.9"));

        Assert.Equal("application/graphql-response+json", response.MediaType);
    }

    [Theory]
    [InlineData("application/graphql-response+json", 400)]
    [InlineData("application/json", 200)]
    public async Task Parse_errors_use_the_status_of_the_media_type(string accept, int expectedStatus)
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello", accept));

        Assert.Equal(expectedStatus, response.Status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", response.FirstErrorCode);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("application/graphql-response+json", 400)]
    [InlineData("application/json", 200)]
    public async Task Validation_errors_use_the_status_of_the_media_type_and_name_the_rule(string accept, int expectedStatus)
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ nope }", accept));

        Assert.Equal(expectedStatus, response.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.FirstErrorCode);
        var error = response.Body.GetProperty("errors")[0];
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", error.GetProperty("extensions").GetProperty("rule").GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Unacceptable_accept_header_gets_406()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ hello }", "application/xml"));

        Assert.Equal(406, response.Status);
        Assert.Equal("NOT_ACCEPTABLE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Unsupported_content_type_gets_415()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.Client.PostAsync("/graphql", new StringContent("{ hello }", System.Text.Encoding.UTF8, "text/plain")));

        Assert.Equal(415, response.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Get_query_executes()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.GetAsync("query=" + Uri.EscapeDataString("query Q($t: String) { echo(text: $t) }")
            + "&operationName=Q&variables=" + Uri.EscapeDataString("{\"t\":\"hi\"}")));

        Assert.Equal(200, response.Status);
        Assert.Equal("hi", response.Body.GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Mutation_over_get_gets_405_with_allow_post()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.GetAsync("query=" + Uri.EscapeDataString("mutation { touch }")));

        Assert.Equal(405, response.Status);
        Assert.Equal("POST", response.Message.Content.Headers.Allow.Single());
        Assert.Equal("METHOD_NOT_ALLOWED", response.FirstErrorCode);
    }

    [Fact]
    public async Task Mutation_over_post_executes()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.PostQueryAsync("mutation { touch }"));

        Assert.Equal("touched", response.Body.GetProperty("data").GetProperty("touch").GetString());
    }

    [Fact]
    public async Task Other_methods_get_405()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.Client.PutAsync("/graphql", new StringContent("{}")));

        Assert.Equal(405, response.Status);
        Assert.Contains("POST", response.Message.Content.Headers.Allow);
    }
}
