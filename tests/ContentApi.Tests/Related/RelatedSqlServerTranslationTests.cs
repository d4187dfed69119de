using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Related;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Related;

/// <summary>Production runs on SQL Server: every related-articles statement must translate there too. No server is needed.</summary>
public sealed class RelatedSqlServerTranslationTests
{
    [Fact]
    public void Every_statement_translates_for_sql_server()
    {
        using var db = new ContentDbContext(new DbContextOptionsBuilder<ContentDbContext>()
            .UseSqlServer("Server=unused;Database=unused")
            .Options);
        System.Linq.Expressions.Expression<Func<Article, bool>> filter = a => a.Section == "China";

        var statements = new[]
        {
            RelatedIndexCache.VersionQuery(db).ToQueryString(),
            RelatedIndexBuilder.PublishedArticles(db).ToQueryString(),
            RelatedIndexBuilder.TopicPairs(db).ToQueryString(),
            RelatedIndexBuilder.SourcePairs(db).ToQueryString(),
            RelatedCandidateFilter.CandidatesMeeting(db, [1, 2, 3], filter).ToQueryString(),
        };

        // However many candidates a filter checks, they travel as one parameter.
        Assert.Contains("OPENJSON(@ids)", statements[4]);
        Snapshot.Match(string.Join("\n\n-- next statement --\n\n", statements));
    }
}
