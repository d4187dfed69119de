using System.Security.Cryptography;
using System.Text;

namespace GraphQLHttp.Tests;

public sealed class TrustedDocumentTests : IDisposable
{
    private const string TrustedQuery = "query Hello { hello }";
    private const string GraphQLFileQuery = "{ echo(text: \"file\") }";
    private readonly string _folder = Directory.CreateTempSubdirectory("trusted-documents-").FullName;

    public TrustedDocumentTests()
    {
        File.WriteAllText(Path.Combine(_folder, "sha256:" + Sha256(TrustedQuery)), TrustedQuery + "\n");
        File.WriteAllText(Path.Combine(_folder, Sha256(GraphQLFileQuery) + ".graphql"), GraphQLFileQuery);
        File.WriteAllText(Path.Combine(_folder, "README.md"), "not a document");
    }

    [Fact]
    public async Task Only_mode_runs_trusted_documents_by_document_id_hash_or_text()
    {
        await using var host = await StartAsync(only: true);

        var byDocumentId = await GraphQLResponse.ReadAsync(host.PostJsonAsync($"{{\"documentId\":\"sha256:{Sha256(TrustedQuery)}\"}}"));
        var byApqHash = await GraphQLResponse.ReadAsync(host.PostJsonAsync(PersistedQueryTests.ApqBody(Sha256(GraphQLFileQuery), query: null)));
        var byText = await GraphQLResponse.ReadAsync(host.PostQueryAsync(TrustedQuery));

        Assert.Equal("world", byDocumentId.Body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("file", byApqHash.Body.GetProperty("data").GetProperty("echo").GetString());
        Assert.Equal("world", byText.Body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Only_mode_refuses_other_documents_and_their_registration()
    {
        await using var host = await StartAsync(only: true);
        const string other = "{ hello echo(text: \"x\") }";

        var text = await GraphQLResponse.ReadAsync(host.PostQueryAsync(other, "application/graphql-response+json"));
        var register = await GraphQLResponse.ReadAsync(host.PostJsonAsync(PersistedQueryTests.ApqBody(Sha256(other), other)));

        Assert.Equal(400, text.Status);
        Assert.Equal("PERSISTED_QUERY_ONLY", text.FirstErrorCode);
        Assert.Equal("PERSISTED_QUERY_ONLY", register.FirstErrorCode);
    }

    [Fact]
    public async Task Without_only_mode_trusted_and_arbitrary_documents_both_run()
    {
        await using var host = await StartAsync(only: false);

        var trusted = await GraphQLResponse.ReadAsync(host.PostJsonAsync($"{{\"documentId\":\"sha256:{Sha256(TrustedQuery)}\"}}"));
        var arbitrary = await GraphQLResponse.ReadAsync(host.PostQueryAsync("{ echo(text: \"any\") }"));

        Assert.False(trusted.HasErrors);
        Assert.False(arbitrary.HasErrors);
    }

    [Fact]
    public async Task A_file_whose_name_is_not_its_hash_fails_the_start()
    {
        File.WriteAllText(Path.Combine(_folder, new string('a', 64) + ".graphql"), "{ hello }");

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var host = await StartAsync(only: false);
            await host.PostQueryAsync("{ hello }");
        });
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<TestGraphQLHost> StartAsync(bool only) => TestGraphQLHost.StartAsync(new Dictionary<string, string?>
    {
        ["GraphQL:PersistedDocuments:Path"] = _folder,
        ["GraphQL:PersistedDocuments:Only"] = only ? "true" : "false",
    });

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
