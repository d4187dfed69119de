using ContentApi.Hosting;
using ContentApi.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace ContentApi.Tests.Hosting;

public sealed class CursorSigningKeyTests
{
    [Fact]
    public async Task Outside_development_the_api_refuses_to_start_without_a_key_in_one_line()
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["GraphQL__Paging__CursorSigningKey"] = null,
            ["ConnectionStrings__Content"] = "Data Source=" + DatabaseFiles.NewTempPath(),
        });

        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Start-up stopped: GraphQL:Paging:CursorSigningKey is not set.", line);
        Assert.Equal("", outcome.StandardOutput.Trim());
    }

    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Staging", "", false)]
    [InlineData("Production", "too-short-to-be-a-secret", false)]
    [InlineData("Production", ContentApiFactory.CursorSigningKey, true)]
    [InlineData("Development", null, true)]
    [InlineData("Development", "too-short-to-be-a-secret", false)]
    public void A_key_of_at_least_32_characters_is_required_outside_development(string environment, string? key, bool starts)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [CursorSigningKey.ConfigurationKey] = key })
            .Build();

        var refusal = CursorSigningKey.Check(configuration, new HostingEnvironment { EnvironmentName = environment });

        Assert.Equal(starts, refusal is null);
    }

    [Fact]
    public async Task In_development_each_start_signs_with_a_random_key()
    {
        await using var first = new KeylessDevelopmentFactory();
        await using var second = new KeylessDevelopmentFactory();
        const string Page = "query($after: String) { articles(first: 1, after: $after) { pageInfo { endCursor } nodes { title } } }";
        var cursor = (string)(await first.CreateClient().DataAsync(Page))["articles"]!["pageInfo"]!["endCursor"]!;

        var sameHost = await first.CreateClient().SendGraphQLAsync(Page, new { after = cursor });
        var otherHost = await second.CreateClient().SendGraphQLAsync(Page, new { after = cursor });

        Assert.Empty(sameHost.ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], otherHost.ErrorCodes);
    }

    private sealed class KeylessDevelopmentFactory : ContentApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { [ContentApi.Hosting.CursorSigningKey.ConfigurationKey] = "" };
    }
}
