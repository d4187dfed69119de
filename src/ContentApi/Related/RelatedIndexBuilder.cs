using ContentApi.Articles;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>
/// Reads the published corpus into a <see cref="RelatedIndex"/> with three statements: the published articles
/// (id, date, section), every (article, topic) pair and every (article, source) pair. Each is a scan of a
/// covering index; pairs of unpublished articles are dropped here rather than joined away in SQL.
/// </summary>
internal static class RelatedIndexBuilder
{
    public static async Task<RelatedIndex> BuildAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        var articles = await PublishedArticles(db).ToListAsync(cancellationToken);
        var topics = await TopicPairs(db).ToListAsync(cancellationToken);
        var sources = await SourcePairs(db).ToListAsync(cancellationToken);
        return Build(articles, topics, sources);
    }

    /// <summary>The index of the given published articles; pairs of other articles are ignored.</summary>
    public static RelatedIndex Build(List<RelatedIndexArticleRow> articles, List<RelatedIndexPairRow> topics, List<RelatedIndexPairRow> sources)
    {
        articles.Sort(static (x, y) => (x.PublishedAt, y.PublishedAt) switch
        {
            (null, null) => x.Id.CompareTo(y.Id),
            (null, _) => 1,
            (_, null) => -1,
            var (a, b) => a.Value != b.Value ? a.Value.CompareTo(b.Value) : x.Id.CompareTo(y.Id),
        });

        var count = articles.Count;
        var ids = new int[count];
        var ticks = new long[count];
        var sections = new int[count];
        var sectionNumbers = new Dictionary<string, int>(StringComparer.Ordinal) { [""] = 0 };
        var positionById = new Dictionary<int, int>(count);
        var datedCount = 0;
        for (var position = 0; position < count; position++)
        {
            var article = articles[position];
            ids[position] = article.Id;
            ticks[position] = article.PublishedAt?.Ticks ?? long.MaxValue;
            datedCount += article.PublishedAt is null ? 0 : 1;
            if (!sectionNumbers.TryGetValue(article.Section, out var section))
            {
                sectionNumbers[article.Section] = section = sectionNumbers.Count;
            }

            sections[position] = section;
            positionById[article.Id] = position;
        }

        var (topicStart, topicItems, topicPostings) = Invert(topics, positionById, count);
        var (sourceStart, sourceItems, sourcePostings) = Invert(sources, positionById, count);
        return new RelatedIndex(ids, ticks, datedCount, sections, topicStart, topicItems, sourceStart, sourceItems, topicPostings, sourcePostings);
    }

    public static IQueryable<RelatedIndexArticleRow> PublishedArticles(ContentDbContext db) =>
        db.Articles.IgnoreQueryFilters()
            .Where(a => a.Status == ArticleStatus.Published)
            .Select(a => new RelatedIndexArticleRow { Id = a.Id, PublishedAt = a.PublishedAt, Section = a.Section });

    /// <summary>Without the join tables' query filters: they would look each pair's article up in the wide table.</summary>
    public static IQueryable<RelatedIndexPairRow> TopicPairs(ContentDbContext db) =>
        db.ArticleTopics.IgnoreQueryFilters().Select(t => new RelatedIndexPairRow { ArticleId = t.ArticleId, ItemId = t.TopicId });

    public static IQueryable<RelatedIndexPairRow> SourcePairs(ContentDbContext db) =>
        db.Quotes.IgnoreQueryFilters().Select(q => new RelatedIndexPairRow { ArticleId = q.ArticleId, ItemId = q.SourceId });

    /// <summary>
    /// The forward lists (items of each position, distinct and ascending, as offsets into one array) and the
    /// posting lists (positions of each item, ascending) of one kind of item.
    /// </summary>
    private static (int[] Start, int[] Items, Dictionary<int, int[]> Postings) Invert(
        List<RelatedIndexPairRow> pairs, Dictionary<int, int> positionById, int count)
    {
        // (position, item) packed in a long sorts by position, then item, with the fast primitive sort.
        var published = new long[pairs.Count];
        var length = 0;
        foreach (var pair in pairs)
        {
            if (positionById.TryGetValue(pair.ArticleId, out var position))
            {
                published[length++] = ((long)position << 32) | (uint)pair.ItemId;
            }
        }

        Array.Sort(published, 0, length);
        var start = new int[count + 1];
        var items = new List<int>(length);
        var df = new Dictionary<int, int>();
        for (var i = 0; i < length; i++)
        {
            // A quote of the same source twice in one article is one posting: df counts articles.
            if (i > 0 && published[i - 1] == published[i])
            {
                continue;
            }

            var item = (int)published[i];
            items.Add(item);
            start[(int)(published[i] >> 32) + 1]++;
            df[item] = df.GetValueOrDefault(item) + 1;
        }

        for (var position = 0; position < count; position++)
        {
            start[position + 1] += start[position];
        }

        var postings = df.ToDictionary(entry => entry.Key, entry => new int[entry.Value]);
        var filled = new Dictionary<int, int>(df.Count);
        for (var position = 0; position < count; position++)
        {
            for (var i = start[position]; i < start[position + 1]; i++)
            {
                var item = items[i];
                var next = filled.GetValueOrDefault(item);
                postings[item][next] = position;
                filled[item] = next + 1;
            }
        }

        return (start, [.. items], postings);
    }
}
