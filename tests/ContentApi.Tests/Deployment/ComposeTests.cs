using System.Text.RegularExpressions;
using ContentApi.Api;
using YamlDotNet.RepresentationModel;

namespace ContentApi.Tests.Deployment;

/// <summary>deploy/compose.yaml and its SQL Server variant, read as YAML (no container engine runs here).</summary>
public sealed partial class ComposeTests
{
    private static readonly string Root = SchemaSdl.RepositoryRoot(AppContext.BaseDirectory);

    [Fact]
    public void Two_api_replicas_start_after_a_one_shot_migrate_and_seed_on_postgresql_with_redis()
    {
        var services = Services("compose.yaml");

        Assert.Equal(["api", "migrate", "postgres", "redis"], services.Children.Keys.Select(k => k.ToString()).Order());
        var api = Map(services, "api");
        Assert.Equal("2", Scalar(Map(api, "deploy"), "replicas"));
        Assert.Equal("service_completed_successfully", Scalar(Map(Map(api, "depends_on"), "migrate"), "condition"));
        Assert.Equal("service_healthy", Scalar(Map(Map(api, "depends_on"), "redis"), "condition"));
        var migrate = Map(services, "migrate");
        var command = string.Join(" ", ((YamlSequenceNode)migrate["entrypoint"]).Select(n => n.ToString()));
        Assert.Matches("dotnet ContentApi.dll migrate && dotnet ContentApi.dll seed", command);
        Assert.Equal("no", Scalar(migrate, "restart"));
        Assert.Equal("service_healthy", Scalar(Map(Map(migrate, "depends_on"), "postgres"), "condition"));
        Assert.StartsWith("postgres:", Scalar(Map(services, "postgres"), "image"));
        Assert.StartsWith("redis:", Scalar(Map(services, "redis"), "image"));

        var environment = Map(api, "environment");
        Assert.Same(environment, Map(migrate, "environment"));
        Assert.Equal("PostgreSql", Scalar(environment, "Database__Provider"));
        Assert.StartsWith("Host=postgres;", Scalar(environment, "ConnectionStrings__Content"));
        Assert.Equal("redis:6379", Scalar(environment, "ConnectionStrings__Redis"));
        Assert.Equal("Production", Scalar(environment, "ASPNETCORE_ENVIRONMENT"));
    }

    [Fact]
    public void Every_configuration_key_of_the_readme_is_set_as_an_environment_variable()
    {
        var environment = Map(Map(Services("compose.yaml"), "api"), "environment").Children.Keys.Select(k => k.ToString()).ToList();
        var keys = ReadmeConfigurationKeys();

        Assert.True(keys.Count > 25, $"The README's configuration table was not found ({keys.Count} keys).");
        Assert.All(keys, key =>
        {
            var variable = key.Replace(":", "__");
            Assert.True(environment.Any(v => v == variable || v.StartsWith(variable + "__")), $"{key} is not in deploy/compose.yaml as {variable}");
        });
    }

    [Theory]
    [InlineData("QueryableGraphQL.Paging.CursorPagingOptions", "GraphQL:Paging")]
    [InlineData("QueryableGraphQL.Limits.ArgumentLimitsOptions", "GraphQL:Limits")]
    [InlineData("GraphQLHttp.GraphQLLimitsOptions", "GraphQL:Limits")]
    [InlineData("GraphQLHttp.GraphQLHttpOptions", "GraphQL:Http")]
    [InlineData("GraphQLHttp.GraphQLIdeOptions", "GraphQL:Ide")]
    [InlineData("GraphQLHttp.GraphQLCorsOptions", "GraphQL:Cors")]
    [InlineData("GraphQLHttp.GraphQLPersistedDocumentsOptions", "GraphQL:PersistedDocuments")]
    [InlineData("GraphQLHttp.GraphQLDocumentCacheOptions", "GraphQL:DocumentCache")]
    [InlineData("ContentApi.Related.RelatedArticleOptions", "Related")]
    [InlineData("ContentApi.Seeding.SeedOptions", "Seed")]
    [InlineData("ContentApi.Auth.JwtAuthOptions", "Auth:Jwt")]
    public void Every_bound_option_is_set_as_an_environment_variable(string optionsType, string section)
    {
        var type = new[] { typeof(QueryableGraphQL.Paging.CursorCodec), typeof(GraphQLHttp.GraphQLHttpTelemetry), typeof(SchemaSdl) }
            .Select(t => t.Assembly.GetType(optionsType)).Single(t => t is not null)!;
        var environment = Map(Map(Services("compose.yaml"), "api"), "environment").Children.Keys.Select(k => k.ToString()).ToList();

        Assert.All(type.GetProperties().Where(p => p.CanWrite), property =>
        {
            var variable = $"{section}:{property.Name}".Replace(":", "__");
            Assert.True(environment.Any(v => v == variable || v.StartsWith(variable + "__")), $"{variable} is not in deploy/compose.yaml");
        });
    }

    [Fact]
    public void The_sql_server_file_swaps_the_database_of_both_the_api_and_the_migration()
    {
        var services = Services("compose.sqlserver.yaml");

        Assert.StartsWith("mcr.microsoft.com/mssql/server:", Scalar(Map(services, "sqlserver"), "image"));
        Assert.Equal("service_healthy", Scalar(Map(Map(Map(services, "migrate"), "depends_on"), "sqlserver"), "condition"));
        foreach (var service in new[] { "api", "migrate" })
        {
            var environment = Map(Map(services, service), "environment");
            Assert.Equal("SqlServer", Scalar(environment, "Database__Provider"));
            Assert.StartsWith("Server=sqlserver;", Scalar(environment, "ConnectionStrings__Content"));
        }

        Assert.NotEmpty((YamlSequenceNode)Map(services, "postgres")["profiles"]);
    }

    private static List<string> ReadmeConfigurationKeys()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("\n## Configuration\n", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        return section.Split('\n')
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(line => KeyPattern().Matches(line.Split('|')[1]).Select(m => m.Groups[1].Value))
            .ToList();
    }

    private static YamlMappingNode Services(string file)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Root, "deploy", file))));
        return Map((YamlMappingNode)yaml.Documents[0].RootNode, "services");
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    [GeneratedRegex("`([A-Za-z_]+(?::[A-Za-z]+)*)`")]
    private static partial Regex KeyPattern();
}
