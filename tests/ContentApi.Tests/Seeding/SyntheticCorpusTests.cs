using System.Security.Cryptography;
using System.Text;
using ContentApi.Seeding;
using ContentApi.Tests.Support;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Seeding;

/// <summary>The synthetic corpus is a pure function of N: same N, same rows; a smaller N is a prefix of a larger one.</summary>
public sealed class SyntheticCorpusTests
{
    private const string SyntheticArticles = "SELECT Id, Slug, Title, Summary, Paragraphs, PublishedAt FROM Articles WHERE Section = 'Synthetic' ORDER BY Id";

    [Fact]
    public void Two_databases_built_with_the_same_n_are_identical()
    {
        var (first, second) = (DatabaseFiles.NewTempPath(), DatabaseFiles.NewTempPath());
        try
        {
            FileBackedFactory.Run(first, syntheticArticles: 40);
            FileBackedFactory.Run(second, syntheticArticles: 40);

            Assert.Equal(DatabaseDump.Read(first, DatabaseDump.AuditColumns), DatabaseDump.Read(second, DatabaseDump.AuditColumns));
        }
        finally
        {
            DatabaseFiles.Delete(first);
            DatabaseFiles.Delete(second);
        }
    }

    [Fact]
    public void Lowering_n_keeps_every_article_unless_pruning_is_asked_for()
    {
        var path = DatabaseFiles.NewTempPath();
        try
        {
            FileBackedFactory.Run(path, syntheticArticles: 30);
            var thirty = DatabaseDump.Rows(path, SyntheticArticles);

            FileBackedFactory.Run(path, syntheticArticles: 10);
            Assert.Equal(thirty, DatabaseDump.Rows(path, SyntheticArticles));

            FileBackedFactory.Run(path);
            Assert.Equal(thirty, DatabaseDump.Rows(path, SyntheticArticles));
        }
        finally
        {
            DatabaseFiles.Delete(path);
        }
    }

    [Fact]
    public void Pruning_removes_the_extra_articles_with_their_topics_and_quotes_and_raising_n_restores_them()
    {
        var path = DatabaseFiles.NewTempPath();
        try
        {
            FileBackedFactory.Run(path, syntheticArticles: 30);
            var thirty = DatabaseDump.Rows(path, SyntheticArticles);

            FileBackedFactory.Run(path, syntheticArticles: 10, pruneSynthetic: true);

            Assert.Equal(thirty.Take(10), DatabaseDump.Rows(path, SyntheticArticles));
            Assert.Equal(12, DatabaseDump.Count(path, "Articles"));
            Assert.Equal(0, DatabaseDump.Scalar(path, "SELECT COUNT(*) FROM ArticleTopics WHERE ArticleId NOT IN (SELECT Id FROM Articles)"));
            Assert.Equal(0, DatabaseDump.Scalar(path, "SELECT COUNT(*) FROM Quotes WHERE ArticleId NOT IN (SELECT Id FROM Articles)"));

            FileBackedFactory.Run(path, syntheticArticles: 30);
            Assert.Equal(thirty, DatabaseDump.Rows(path, SyntheticArticles));
        }
        finally
        {
            DatabaseFiles.Delete(path);
        }
    }

    [Fact]
    public void Corpus_of_2000_is_pinned_by_a_hash_of_titles_dates_topics_and_quotes()
    {
        // Other snapshots depend on this data: a change to the generator must be a deliberate snapshot update.
        var lines = Enumerable.Range(1, LargeCorpusFactory.Articles).Select(SyntheticCorpus.Generate).Select(a =>
            $"{a.Slug}|{a.Title}|{a.PublishedAt:O}|{string.Join(',', a.TopicIndexes)}|{string.Join(',', a.Quotes.Select(q => $"{q.SourceIndex}:{q.Text}"))}");
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));

        Snapshot.Match($"sha256: {hash}\nfirst: {SyntheticCorpus.Generate(1).Title}\nlast: {SyntheticCorpus.Generate(LargeCorpusFactory.Articles).Title}\n");
    }

    [Fact]
    public void Some_titles_carry_percent_and_underscore_so_escaping_is_exercised()
    {
        var titles = Enumerable.Range(1, LargeCorpusFactory.Articles).Select(n => SyntheticCorpus.Generate(n).Title).ToList();

        Assert.InRange(titles.Count(t => t.Contains('%')), 5, 100);
        Assert.InRange(titles.Count(t => t.Contains('_')), 5, 100);
    }
}
