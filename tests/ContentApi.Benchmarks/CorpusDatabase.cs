using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ContentApi.Data.Migrations;
using ContentApi.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ContentApi.Benchmarks;

/// <summary>
/// A SQLite file holding the seeds plus N synthetic articles, built once by the host's own start-up import and
/// kept between runs under the repository's gitignored <c>artifacts/benchmark-corpus</c> (or
/// <c>CONTENTAPI_BENCH_CORPUS_DIR</c>). The file name carries N and a fingerprint of the schema and the
/// generator, so a migration or a change to the synthetic corpus gets a fresh file instead of a stale one.
/// </summary>
public static class CorpusDatabase
{
    public static string Folder => Environment.GetEnvironmentVariable("CONTENTAPI_BENCH_CORPUS_DIR") is { Length: > 0 } folder
        ? folder
        : Path.Combine(Harness.RepositoryLayout.Find().Artifacts, "benchmark-corpus");

    public static string PathFor(int articles) => Path.Combine(Folder, $"content-{articles}-{Fingerprint(articles)}.db");

    /// <summary>The cached file's path, after building it if it is missing.</summary>
    public static string Ensure(int articles)
    {
        var path = PathFor(articles);
        if (!File.Exists(path))
        {
            Build(articles, path);
        }

        return path;
    }

    private static void Build(int articles, string path)
    {
        Directory.CreateDirectory(Folder);
        // Files of the same N under another fingerprint are stale (the schema or the generator changed), and
        // runs are sequential, so a partial build is an interrupted one: 150 MB each is worth reclaiming.
        foreach (var stale in Directory.EnumerateFiles(Folder, $"content-{articles}-*"))
        {
            File.Delete(stale);
        }

        // Built under another name and renamed when complete, so an interrupted build never looks cached.
        var building = $"{path}.{Environment.ProcessId}.building";
        var stopwatch = Stopwatch.StartNew();
        using (var host = new ContentApiBenchmarkHost(building, articles))
        {
            host.Start().Dispose();
        }

        // Pooled connections keep the file (and its WAL) open; closing them checkpoints it into one file.
        SqliteConnection.ClearAllPools();
        File.Move(building, path);
        Console.WriteLine($"// Built {path} with {articles} synthetic articles in {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    private static string Fingerprint(int articles)
    {
        // The SQLite migrations live in their own assembly, not the model's.
        var migrations = typeof(InitialCreate).Assembly.GetTypes()
            .Select(type => type.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal);
        var samples = new[] { 1, articles }.Select(number => Describe(SyntheticCorpus.Generate(number)));
        var text = string.Join('\n', migrations.Concat(samples));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }

    private static string Describe(SyntheticArticle article) =>
        $"{article.Slug}|{article.Title}|{article.PublishedAt:O}|{string.Join(',', article.TopicIndexes)}|{string.Join(',', article.Paragraphs)}|"
        + string.Join(',', article.Quotes.Select(q => $"{q.SourceIndex}:{q.Text}"));
}
