using ContentApi.Related;

namespace ContentApi.Tests.Related;

/// <summary>
/// The pruned ranking (a near pass, then a far pass reading only the items that can still matter) against ranking
/// every candidate, on a corpus dense enough that the first pass fills the list and the pruning runs.
/// </summary>
public sealed class RelatedCandidateScorerTests
{
    private static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    public void Pruned_top_lists_equal_the_head_of_the_full_ranking(int first)
    {
        var index = DenseIndex(articles: 4000, days: 200);
        var scorer = new RelatedCandidateScorer(index, new RelatedArticleOptions());

        for (var parent = 0; parent < index.Count; parent += 37)
        {
            var expected = scorer.All(parent).Take(first).ToList();
            var actual = scorer.Top(parent, first);
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>About 20 articles a day, a few of them undated; Zipf-like topics and sources, two sections.</summary>
    private static RelatedIndex DenseIndex(int articles, int days)
    {
        var random = new Random(7);
        var rows = new List<RelatedIndexArticleRow>();
        var topics = new List<RelatedIndexPairRow>();
        var sources = new List<RelatedIndexPairRow>();
        for (var id = 1; id <= articles; id++)
        {
            DateTime? publishedAt = id % 97 == 0 ? null : Start.AddMinutes(random.Next(days * 24 * 60));
            rows.Add(new RelatedIndexArticleRow { Id = id, PublishedAt = publishedAt, Section = id % 3 == 0 ? "" : $"S{id % 2}" });
            foreach (var topic in Enumerable.Range(0, random.Next(1, 6)).Select(_ => Skewed(random, 40)).Distinct())
            {
                topics.Add(new RelatedIndexPairRow { ArticleId = id, ItemId = topic });
            }

            foreach (var _ in Enumerable.Range(0, random.Next(0, 5)))
            {
                sources.Add(new RelatedIndexPairRow { ArticleId = id, ItemId = Skewed(random, 150) });
            }
        }

        return RelatedIndexBuilder.Build(rows, topics, sources);
    }

    private static int Skewed(Random random, int count) => 1 + (int)(count * Math.Pow(random.NextDouble(), 2.5));
}
