using ContentApi.Articles;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Related;

/// <summary>Production runs on SQL Server: every related-articles statement must translate there too. No server is needed.</summary>
public sealed class RelatedSqlServerTranslationTests
{
    private static readonly List<int> Ids = [1, 2, 3];

    [Fact]
    public void Every_statement_translates_for_sql_server()
    {
        using var db = new ContentDbContext(new DbContextOptionsBuilder<ContentDbContext>()
            .UseSqlServer("Server=unused;Database=unused")
            .Options);
        System.Linq.Expressions.Expression<Func<Article, bool>> filter = a => a.Section == "China";

        var statements = new[]
        {
            RelatedCorpusQueries.Parents(db, Ids).ToQueryString(),
            RelatedCorpusQueries.Items(db, Ids).ToQueryString(),
            RelatedCorpusQueries.Frequencies(db, Ids, Ids).ToQueryString(),
            RelatedCandidateQueries.Near(db, Ids, 3, filter).ToQueryString(),
            RelatedCandidateQueries.Dated(db, new Dictionary<int, double> { [1] = 40, [2] = 60 }, null).ToQueryString(),
        };

        // The window is applied by the server, as a range on the candidate's publication time.
        Assert.Contains("[a1].[PublishedAt] >= DATEADD(day, CAST(-CASE", statements[4]);
        Snapshot.Match(string.Join("\n\n-- next statement --\n\n", statements));
    }
}
