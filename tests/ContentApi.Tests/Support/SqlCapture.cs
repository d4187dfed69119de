using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using QueryableGraphQL.Diagnostics;

namespace ContentApi.Tests.Support;

/// <summary>
/// Sends one request inside a <see cref="SqlCommandRecorder"/> scope of the test. The test server is set to pass
/// the test's execution context on (see <see cref="ContentApiFactory"/>), so the scope sees the request's SQL.
/// </summary>
internal static class SqlCapture
{
    public static async Task<(GraphQLResponse Response, IReadOnlyList<string> Statements)> SendAsync(
        WebApplicationFactory<Program> factory, string query, object? variables = null)
    {
        var client = factory.CreateClient();
        var recorder = factory.Services.GetRequiredService<SqlCommandRecorder>();
        using var log = recorder.BeginScope();
        var response = await client.SendGraphQLAsync(query, variables);
        Assert.True(response.Json["errors"] is null, $"Unexpected errors: {response.Json["errors"]}");
        return (response, log.CommandTexts);
    }

    /// <summary>Statements in a stable order: batch loaders run in parallel, so arrival order varies between runs.</summary>
    public static string ForSnapshot(IReadOnlyList<string> statements) =>
        $"{statements.Count} statements\n\n" + string.Join("\n\n-- next statement\n", statements.Select(s => s.ReplaceLineEndings("\n")).Order(StringComparer.Ordinal)) + "\n";
}
