using System.Text.Json;
using Json.Schema;

namespace ContentApi.Seeding;

/// <summary>
/// Reads every article file in a folder and validates it against the seed JSON Schema: the folder's own, or the
/// one at <paramref name="schemaPath"/> (the <c>import</c> command reads folders that carry none).
/// </summary>
public sealed class SeedFileReader(string seedDirectory, string? schemaPath = null)
{
    public const string SchemaFileName = "article.schema.json";

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<SeedArticleDocument> ReadAll()
    {
        if (!Directory.Exists(seedDirectory))
        {
            throw new DirectoryNotFoundException($"Seed folder '{seedDirectory}' does not exist.");
        }

        var schema = LoadSchema();
        var documents = Directory.EnumerateFiles(seedDirectory, "*.json")
            .Where(path => Path.GetFileName(path) != SchemaFileName)
            .Order(StringComparer.Ordinal)
            .Select(path => Read(path, schema))
            .ToList();
        var duplicate = documents.GroupBy(d => d.Slug).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SeedFormatException(seedDirectory, $"slug '{duplicate.Key}' is used by more than one file.");
        }

        return documents;
    }

    private JsonSchema LoadSchema()
    {
        var path = schemaPath ?? Path.Combine(seedDirectory, SchemaFileName);
        // A private registry: the schema's $id must not collide with one registered by an earlier read.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(File.ReadAllText(path), options);
    }

    private static SeedArticleDocument Read(string path, JsonSchema schema)
    {
        var name = Path.GetFileName(path);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            throw new SeedFormatException(name, $"not valid JSON ({exception.Message})");
        }

        using (json)
        {
            var results = schema.Evaluate(json.RootElement, new EvaluationOptions
            {
                OutputFormat = OutputFormat.List,
                RequireFormatValidation = true,
            });
            if (!results.IsValid)
            {
                throw new SeedFormatException(name, DescribeFirstError(results));
            }

            var document = json.RootElement.Deserialize<SeedArticleDocument>(SerializerOptions)
                ?? throw new SeedFormatException(name, "the file is empty.");
            var expectedName = document.Slug + ".json";
            return name == expectedName
                ? document
                : throw new SeedFormatException(name, $"the file must be named after its slug, '{expectedName}'.");
        }
    }

    private static string DescribeFirstError(EvaluationResults results)
    {
        var failure = (results.Details ?? []).FirstOrDefault(d => d.Errors is { Count: > 0 });
        if (failure?.Errors is null)
        {
            return "it does not match the seed schema.";
        }

        var location = failure.InstanceLocation.ToString();
        return $"{(location.Length == 0 ? "/" : location)}: {failure.Errors.First().Value}";
    }
}
