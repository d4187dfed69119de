namespace ContentApi.Tests.Related;

/// <summary>
/// The README's formula written out a second time, naively, over a whole corpus held in memory, so the API's
/// SQL-and-pruning path has something independent to be compared with.
/// </summary>
public sealed class ReferenceRelatedScores(IReadOnlyList<ReferenceArticle> articles)
{
    private readonly Dictionary<int, int> _topicDf = Df(articles.SelectMany(a => a.Topics.Distinct()));
    private readonly Dictionary<int, int> _sourceDf = Df(articles.SelectMany(a => a.Sources.Distinct()));

    public IReadOnlyList<ReferenceRelated> Top(ReferenceArticle a, int first)
    {
        var n = (double)articles.Count;
        var results = new List<ReferenceRelated>();
        foreach (var b in articles)
        {
            var topics = a.Topics.Intersect(b.Topics).ToList();
            var sources = a.Sources.Intersect(b.Sources).ToList();
            if (b.Id == a.Id || topics.Count + sources.Count == 0)
            {
                continue;
            }

            var days = a.PublishedAt is { } x && b.PublishedAt is { } y ? (double?)Math.Abs((x - y).TotalDays) : null;
            if (days > 365)
            {
                continue;
            }

            var score = topics.Sum(t => Math.Log(1 + n / _topicDf[t]))
                + 2 * sources.Sum(s => Math.Log(1 + n / _sourceDf[s]))
                + (a.Section.Length > 0 && a.Section == b.Section ? 0.5 : 0);
            score *= days is { } d ? Math.Exp(-d / 30) : 0.5;
            results.Add(new ReferenceRelated(b, score, topics.ToHashSet(), sources.ToHashSet()));
        }

        return results
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Article.PublishedAt is null)
            .ThenByDescending(r => r.Article.PublishedAt)
            .ThenBy(r => r.Article.Id)
            .Take(first)
            .ToList();
    }

    private static Dictionary<int, int> Df(IEnumerable<int> postings) =>
        postings.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
}
