using System.Collections.Concurrent;

namespace ContentApi.Related;

/// <summary>
/// An immutable in-memory inverted index of the published corpus: everything the score needs, nothing else.
/// Articles are numbered by position in publication order (undated last, then by id), so every posting list,
/// being sorted by position, is also sorted by time: "articles with topic t within d days" is a binary search.
/// N is <see cref="Count"/>; df of an item is the length of its posting list.
/// </summary>
internal sealed class RelatedIndex
{
    private static readonly int[] NoPostings = [];

    private readonly int[] _topicStart;
    private readonly int[] _topicItems;
    private readonly int[] _sourceStart;
    private readonly int[] _sourceItems;
    private readonly Dictionary<int, int[]> _topicPostings;
    private readonly Dictionary<int, int[]> _sourcePostings;
    private readonly Dictionary<int, int> _positionById;
    private readonly ConcurrentBag<RelatedScratch> _scratch = [];

    public RelatedIndex(
        int[] ids, long[] ticks, int datedCount, int[] sections,
        int[] topicStart, int[] topicItems, int[] sourceStart, int[] sourceItems,
        Dictionary<int, int[]> topicPostings, Dictionary<int, int[]> sourcePostings)
    {
        (Ids, Ticks, DatedCount, Sections) = (ids, ticks, datedCount, sections);
        (_topicStart, _topicItems, _sourceStart, _sourceItems) = (topicStart, topicItems, sourceStart, sourceItems);
        (_topicPostings, _sourcePostings) = (topicPostings, sourcePostings);
        _positionById = new Dictionary<int, int>(ids.Length);
        for (var position = 0; position < ids.Length; position++)
        {
            _positionById[ids[position]] = position;
        }
    }

    /// <summary>N: the number of published articles.</summary>
    public int Count => Ids.Length;

    /// <summary>Positions below this are dated; the rest are undated.</summary>
    public int DatedCount { get; }

    /// <summary>Article id by position.</summary>
    public int[] Ids { get; }

    /// <summary>Publication time in UTC ticks by position, ascending over the dated positions.</summary>
    public long[] Ticks { get; }

    /// <summary>Section by position: 0 for the empty section, otherwise a number shared by equal sections.</summary>
    public int[] Sections { get; }

    /// <summary>(article, item) pairs: the length of all posting lists together.</summary>
    public int Postings => _topicItems.Length + _sourceItems.Length;

    public bool TryGetPosition(int articleId, out int position) => _positionById.TryGetValue(articleId, out position);

    /// <summary>The topic ids of the article at a position, ascending.</summary>
    public ReadOnlySpan<int> TopicsOf(int position) => _topicItems.AsSpan(_topicStart[position].._topicStart[position + 1]);

    /// <summary>The distinct source ids the article at a position quotes, ascending.</summary>
    public ReadOnlySpan<int> SourcesOf(int position) => _sourceItems.AsSpan(_sourceStart[position].._sourceStart[position + 1]);

    /// <summary>Positions of the published articles carrying a topic, ascending; its length is df.</summary>
    public int[] TopicPostings(int topicId) => _topicPostings.GetValueOrDefault(topicId, NoPostings);

    /// <summary>Positions of the published articles quoting a source, ascending; its length is df.</summary>
    public int[] SourcePostings(int sourceId) => _sourcePostings.GetValueOrDefault(sourceId, NoPostings);

    /// <summary>
    /// Bytes held by the index's arrays and maps (dictionary entries counted at their array cost; object headers
    /// ignored): what the README states per 100,000 articles.
    /// </summary>
    public long ApproximateBytes =>
        (long)Ids.Length * (sizeof(int) + sizeof(long) + sizeof(int))
        + (long)(_topicStart.Length + _topicItems.Length + _sourceStart.Length + _sourceItems.Length) * sizeof(int)
        + PostingBytes(_topicPostings) + PostingBytes(_sourcePostings)
        // Dictionary<int, int> entry: hash, next, key, value, plus one bucket.
        + (long)_positionById.Count * 5 * sizeof(int);

    /// <summary>Per-request working memory, reused so that ranking allocates nothing per candidate.</summary>
    public RelatedScratch RentScratch() => _scratch.TryTake(out var scratch) ? scratch : new RelatedScratch(Count);

    public void Return(RelatedScratch scratch) => _scratch.Add(scratch);

    private static long PostingBytes(Dictionary<int, int[]> postings) =>
        postings.Values.Sum(list => (long)list.Length * sizeof(int) + 24) + (long)postings.Count * 6 * sizeof(int);
}
