using System.Text.Json;

namespace GraphQLHttp.Tests;

public sealed class IdeTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task Browser_navigation_gets_banana_cake_pop_rooted_at_the_endpoint()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await host.GetAsync(string.Empty, BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", html);
        Assert.Contains("<base href=\"/graphql/\"/>", html);
    }

    [Fact]
    public async Task Ide_configuration_points_at_the_endpoint_with_telemetry_off()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var config = JsonDocument.Parse(await host.Client.GetStringAsync("/graphql/bcp-config.json")).RootElement;

        Assert.Equal("/graphql", config.GetProperty("endpoint").GetString());
        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
    }

    [Fact]
    public async Task Ide_assets_and_licence_are_served_under_the_endpoint()
    {
        await using var host = await TestGraphQLHost.StartAsync();
        var html = await (await host.GetAsync(string.Empty, BrowserAccept)).Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(static/js/main\\.[^\"]+)\"").Groups[1].Value;

        var asset = await host.Client.GetAsync("/graphql/" + script);
        var licence = await host.Client.GetStringAsync("/graphql/LICENSE");

        Assert.Equal(200, (int)asset.StatusCode);
        Assert.Contains("ChilliCream License", licence);
    }

    [Fact]
    public async Task Browser_get_with_a_query_is_still_the_api()
    {
        await using var host = await TestGraphQLHost.StartAsync();

        var response = await GraphQLResponse.ReadAsync(host.GetAsync("query=" + Uri.EscapeDataString("{ hello }"), BrowserAccept));

        Assert.Equal("application/json", response.MediaType);
        Assert.Equal("world", response.Body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Disabled_ide_is_not_served()
    {
        await using var host = await TestGraphQLHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:Ide:Enabled"] = "false" });

        var page = await host.GetAsync(string.Empty, BrowserAccept);
        var config = await host.Client.GetAsync("/graphql/bcp-config.json");

        Assert.Equal(400, (int)page.StatusCode);
        Assert.Equal(404, (int)config.StatusCode);
    }
}
