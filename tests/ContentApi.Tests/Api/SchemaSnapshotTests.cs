using ContentApi.Api;
using ContentApi.Tests.Support;

namespace ContentApi.Tests.Api;

public sealed class SchemaSnapshotTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public void Printed_schema_matches_the_committed_sdl()
    {
        var root = SchemaSdl.RepositoryRoot(AppContext.BaseDirectory);
        var committed = File.ReadAllText(Path.Combine(root, SchemaSdl.CommittedPath)).ReplaceLineEndings("\n");
        var printed = SchemaSdl.Print(factory.Services);

        Assert.True(committed == printed,
            "schema/schema.graphql is out of date with the code. If the change is intended, regenerate it with " +
            "'dotnet run --project src/ContentApi -- schema export' and commit it with the change.");
    }
}
