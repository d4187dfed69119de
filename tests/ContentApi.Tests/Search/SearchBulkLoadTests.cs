using ContentApi.Tests.Support;

namespace ContentApi.Tests.Search;

/// <summary>
/// SQLite: the synthetic corpus is inserted with the index's insert triggers set aside and its articles listed for
/// indexing in one statement. The index must come out exactly as the triggers would have left it, and the triggers
/// must be back, unchanged, for every later write.
/// </summary>
public sealed class SearchBulkLoadTests
{
    private const string Triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name";

    // FTS5 compares the index with the view it was built from: a missing, extra or stale article fails the check.
    private const string IntegrityCheck = """INSERT INTO "ArticleSearch"("ArticleSearch", rank) VALUES ('integrity-check', 1)""";

    [Fact]
    public void Bulk_loads_index_every_new_article_and_leave_the_triggers_as_the_migrations_made_them()
    {
        var path = DatabaseFiles.NewTempPath();
        try
        {
            FileBackedFactory.Run(path);
            var triggers = DatabaseDump.Rows(path, Triggers);

            FileBackedFactory.Run(path, syntheticArticles: 30);
            FileBackedFactory.Run(path, syntheticArticles: 45);

            Assert.Equal(7, triggers.Count);
            Assert.Equal(triggers, DatabaseDump.Rows(path, Triggers));
            Assert.Equal(0, DatabaseDump.Count(path, "ArticleSearchPending"));
            Assert.Equal(47, DatabaseDump.Scalar(path, "SELECT count(*) FROM Articles WHERE Status = 'Published'"));
            Assert.Equal(47, DatabaseDump.Count(path, "ArticleSearch_docsize"));
            DatabaseDump.Scalar(path, IntegrityCheck);
        }
        finally
        {
            DatabaseFiles.Delete(path);
        }
    }
}
