using ContentApi.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Editorial;

/// <summary>
/// The built app's <c>import &lt;folder&gt;</c> against the database of a running instance: the files go through the
/// mutations' rules (a blank title, which the JSON schema lets through, stops the whole import), are stamped
/// "import", and the running instance serves them at once.
/// </summary>
public sealed class ImportCommandTests(EditorialApiFactory factory) : IClassFixture<EditorialApiFactory>
{
    private const string Venezuela = "us-cannot-legitimize-operation-against-venezuela-chinese-scholar";

    [Fact]
    public async Task Import_upserts_a_folder_into_a_running_deployment_through_the_same_rules()
    {
        var editor = factory.EditorClient();
        var folder = Directory.CreateTempSubdirectory("contentapi-import-").FullName;
        try
        {
            var text = File.ReadAllText(Path.Combine(SeedFolder.RepositoryPath, Venezuela + ".json"));
            File.WriteAllText(Path.Combine(folder, "imported-copy.json"), text.Replace(Venezuela, "imported-copy"));
            File.WriteAllText(Path.Combine(folder, "blank-title.json"), text.Replace(Venezuela, "blank-title")
                .Replace("\"title\": \"US cannot legitimize operation against Venezuela: Chinese scholar\"", "\"title\": \" \""));
            Assert.Contains("\"title\": \" \"", File.ReadAllText(Path.Combine(folder, "blank-title.json")));

            var refused = await ImportAsync(folder);
            var afterRefusal = await editor.DataAsync("{ articles(preview: true) { totalCount } }");
            File.Delete(Path.Combine(folder, "blank-title.json"));
            var imported = await ImportAsync(folder);
            var data = await editor.DataAsync("{ article(slug: \"imported-copy\") { title version audit { createdBy } quotes { source { slug } } } articles { totalCount } }");

            Assert.Equal(1, refused.ExitCode);
            Assert.True((refused.StandardOutput + refused.StandardError).Contains("blank-title.json"), refused.StandardOutput + refused.StandardError);
            Assert.Equal(2, (int)afterRefusal["articles"]!["totalCount"]!);
            Assert.True(imported.ExitCode == 0, imported.StandardOutput + imported.StandardError);
            Assert.Contains("Imported 1 article files", imported.StandardOutput);
            Assert.Equal(("import", 1), ((string)data["article"]!["audit"]!["createdBy"]!, (int)data["article"]!["version"]!));
            Assert.Equal(["teng-jianqun", "teng-jianqun"], data["article"]!["quotes"]!.Select(q => (string)q["source"]!["slug"]!));
            Assert.Equal(3, (int)data["articles"]!["totalCount"]!);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Task<AppProcess.Outcome> ImportAsync(string folder) =>
        AppProcess.RunAsync(new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            "import", folder, $"--ConnectionStrings:Content={factory.ConnectionString}",
            $"--GraphQL:Paging:CursorSigningKey={ContentApiFactory.CursorSigningKey}");
}
