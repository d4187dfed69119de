using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace ContentApi.Api;

/// <summary>The printed SDL that <c>schema/schema.graphql</c> commits, in a stable order.</summary>
public static class SchemaSdl
{
    public const string CommittedPath = "schema/schema.graphql";

    public static string Print(IServiceProvider services) =>
        services.GetRequiredService<ISchema>().Print(new PrintOptions
        {
            IncludeDescriptions = true,
            IncludeDeprecationReasons = true,
            StringComparison = StringComparison.Ordinal,
        }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    /// <summary><c>dotnet run --project src/ContentApi -- schema export [path]</c>.</summary>
    public static async Task ExportAsync(IServiceProvider services, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, Print(services));
        Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
    }
}
