using ContentApi.Related;
using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Editorial;

/// <summary>The row counts of every content table and the content version, on any provider, drafts included.</summary>
internal static class WriteState
{
    public static async Task<string> ReadAsync(IServiceProvider services)
    {
        await using var db = ContentDatabase.Open(services);
        var articles = await db.Articles.IgnoreQueryFilters().CountAsync();
        var links = await db.ArticleTopics.IgnoreQueryFilters().CountAsync();
        var quotes = await db.Quotes.IgnoreQueryFilters().CountAsync();
        var topics = await db.Topics.IgnoreQueryFilters().CountAsync();
        var sources = await db.Sources.IgnoreQueryFilters().CountAsync();
        var versions = await db.Articles.IgnoreQueryFilters().SumAsync(a => a.Version);
        var content = await db.Set<ContentVersion>().Select(v => v.Version).SingleAsync();
        return $"articles {articles}, topic links {links}, quotes {quotes}, topics {topics}, sources {sources}, article versions {versions}, content version {content}";
    }
}
