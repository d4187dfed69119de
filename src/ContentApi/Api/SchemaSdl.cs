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

    /// <summary>
    /// <c>dotnet run --project src/ContentApi -- schema export [path]</c>. Without a path it writes the committed
    /// file of the repository it runs in: <c>dotnet run</c> starts in the project folder, not the repository root.
    /// </summary>
    public static async Task ExportAsync(IServiceProvider services, string? path)
    {
        path ??= Path.Combine(RepositoryRoot(Directory.GetCurrentDirectory()), CommittedPath);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, Print(services));
        Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds <c>ContentApi.sln</c>.</summary>
    public static string RepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ContentApi.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ContentApi.sln at or above '{start}'.");
    }
}
