namespace GraphQLHttp.Tests;

public sealed class MalformedRequestTests
{
    [Theory]
    [InlineData("{ \"not a JSON", "INVALID_JSON")]
    [InlineData("[{\"query\":\"{ hello }\"}]", "BAD_REQUEST")]
    [InlineData("\"{ hello }\"", "BAD_REQUEST")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":\"{}\"}", "BAD_REQUEST")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":[1]}", "BAD_REQUEST")]
    [InlineData("{\"query\":\"{ hello }\",\"extensions\":false}", "BAD_REQUEST")]
    [InlineData("{\"query\":{\"obj\":\"ect\"}}", "BAD_REQUEST")]
    [InlineData("{\"query\":0}", "BAD_REQUEST")]
    [InlineData("{\"query\":\"{ hello }\",\"operationName\":[\"array\"]}", "BAD_REQUEST")]
    [InlineData("{\"notquery\":\"{ hello }\"}", "BAD_REQUEST")]
    [InlineData("", "BAD_REQUEST")]
    [InlineData("{\"query\":\"query A { hello }\",\"operationName\":\"B\"}", "OPERATION_NOT_FOUND")]
    public async Task Malformed_post_gets_400_with_a_stable_code_for_both_media_types(string body, string code)
    {
        await using var host = await TestGraphQLHost.StartAsync();

        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var response = await GraphQLResponse.ReadAsync(host.PostJsonAsync(body, accept));

            Assert.Equal(400, response.Status);
            Assert.Equal(code, response.FirstErrorCode);
            Assert.False(response.Body.TryGetProperty("data", out _));
        }
    }

    [Theory]
    [InlineData("{\"query\":\"{ echo(text: \\\"\u0001\\\") }\"}", new byte[] { 0xC3, 0x28 })]
    [InlineData("{\"query\":\"{ echo(text: \\\"\\ud800\\\") }\"}", null)]
    public async Task Text_that_is_not_valid_unicode_gets_400_invalid_json(string json, byte[]? invalidUtf8)
    {
        await using var host = await TestGraphQLHost.StartAsync();
        var body = System.Text.Encoding.UTF8.GetBytes(json);
        if (invalidUtf8 is not null)
        {
            // The control character marks where the invalid bytes go: a string's bytes are only decoded when read.
            var at = Array.IndexOf(body, (byte)0x01);
            body = [.. body[..at], .. invalidUtf8, .. body[(at + 1)..]];
        }

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var response = await GraphQLResponse.ReadAsync(host.Client.PostAsync("/graphql", content));

        Assert.Equal(400, response.Status);
        Assert.Equal("INVALID_JSON", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("query=%7B%20hello%20%7D&variables=%5B1%5D")]
    [InlineData("query=%7B%20hello%20%7D&variables=not-json")]
    [InlineData("query=%7B%20hello%20%7D&extensions=%22text%22")]
    [InlineData("variables=%7B%7D")]
    [InlineData("query=%7B%20hello%20%7D&query=%7B%20echo%20%7D")]
    public async Task Malformed_get_gets_400(string queryString)
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.GetAsync(queryString, "application/json"));

        Assert.Equal(400, response.Status);
        Assert.Equal("BAD_REQUEST", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    public async Task Json_with_utf8_charset_is_accepted(string contentType)
    {
        await using var host = await TestGraphQLHost.StartAsync();
        var content = new StringContent("{\"query\":\"{ hello }\"}");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await GraphQLResponse.ReadAsync(host.Client.PostAsync("/graphql", content));

        Assert.Equal(200, response.Status);
        Assert.False(response.HasErrors);
    }

    [Fact]
    public async Task Post_without_content_type_gets_415()
    {
        await using var host = await TestGraphQLHost.StartAsync();
        var content = new ByteArrayContent("{\"query\":\"{ hello }\"}"u8.ToArray());

        var response = await GraphQLResponse.ReadAsync(host.Client.PostAsync("/graphql", content));

        Assert.Equal(415, response.Status);
    }

    [Fact]
    public async Task Variable_coercion_failure_is_a_request_error()
    {
        await using var host = await TestGraphQLHost.StartAsync();
        const string body = "{\"query\":\"query Q($id: ID!) { hello }\",\"variables\":{\"id\":null}}";

        var json = await GraphQLResponse.ReadAsync(host.PostJsonAsync(body, "application/json"));
        var graphql = await GraphQLResponse.ReadAsync(host.PostJsonAsync(body, "application/graphql-response+json"));

        Assert.Equal(200, json.Status);
        Assert.Equal(400, graphql.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", graphql.FirstErrorCode);
    }
}
