using System.Diagnostics;

namespace ContentApi.Benchmarks;

/// <summary>
/// The <c>endCursor</c> after 90% of the articles in publishedAt DESC order, found by walking the API page by
/// page exactly as a client would, once per corpus file; later runs read it from a file beside the database.
/// </summary>
public static class DeepCursor
{
    public const double Depth = 0.9;

    public static async Task<string> EnsureAsync(HttpClient client, string databasePath)
    {
        var total = (int)(await new GraphQLRequest("{ articles(first: 1) { totalCount nodes { id } } }").RowsAsync(client))["totalCount"]!;
        var pages = (int)(total * Depth) / ArticleQueries.PageSize;
        var cachePath = $"{databasePath}.after-{pages * ArticleQueries.PageSize}.cursor";
        if (File.Exists(cachePath))
        {
            return await File.ReadAllTextAsync(cachePath);
        }

        var cursor = await WalkAsync(client, pages);
        await File.WriteAllTextAsync(cachePath, cursor);
        return cursor;
    }

    private static async Task<string> WalkAsync(HttpClient client, int pages)
    {
        var stopwatch = Stopwatch.StartNew();
        string? cursor = null;
        for (var page = 0; page < pages; page++)
        {
            var articles = await new GraphQLRequest(ArticleQueries.PageAfter, new { after = cursor }).RowsAsync(client);
            cursor = (string?)articles["pageInfo"]?["endCursor"]
                ?? throw new InvalidOperationException($"Page {page + 1} of {pages} has no endCursor.");
        }

        Console.WriteLine($"// Walked {pages} pages of {ArticleQueries.PageSize} to the {Depth:P0} cursor in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        return cursor ?? throw new InvalidOperationException("The corpus is too small to page into.");
    }
}
