using ContentApi.Tests.Editorial;
using ContentApi.Tests.Support;

namespace ContentApi.Tests.Auth;

/// <summary>The built app's <c>token</c> command prints an editor token the server accepts, or says why it cannot.</summary>
public sealed class TokenCommandTests(EditorialApiFactory factory) : IClassFixture<EditorialApiFactory>
{
    private static readonly Dictionary<string, string?> Production = new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" };

    [Fact]
    public async Task The_printed_token_makes_its_subject_an_editor()
    {
        var outcome = await AppProcess.RunAsync(Production, "token", "dana", "1",
            $"--Auth:Jwt:SigningKey={EditorialApiFactory.SigningKey}", $"--GraphQL:Paging:CursorSigningKey={ContentApiFactory.CursorSigningKey}");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var token = outcome.StandardOutput.Trim();
        var payload = await factory.WithToken(token).RunAsync(Mutations.CreateArticle("by-token").Replace("topics { slug }", "audit { createdBy }"));
        Assert.Equal("dana", (string)payload["article"]!["audit"]!["createdBy"]!);
    }

    [Theory]
    [InlineData("token")]
    [InlineData("token", "--Auth:Jwt:SigningKey=short")]
    [InlineData("--Auth:Jwt:SigningKey=short")]
    [InlineData("--Auth:Jwt:SigningKey=contentapi-tests-jwt-signing-key-0123456789", "--Auth:Jwt:Authority=https://login.example")]
    public async Task Without_a_usable_signing_key_neither_the_token_command_nor_the_server_starts(params string[] arguments)
    {
        var outcome = await AppProcess.RunAsync(Production, [.. arguments, $"--GraphQL:Paging:CursorSigningKey={ContentApiFactory.CursorSigningKey}"]);

        Assert.Equal((1, ""), (outcome.ExitCode, outcome.StandardOutput));
        Assert.Contains("Auth:Jwt:SigningKey", outcome.StandardError);
        Assert.Single(outcome.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
