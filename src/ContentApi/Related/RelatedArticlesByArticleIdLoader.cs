using ContentApi.Data;
using ContentApi.Sources;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Loading;

namespace ContentApi.Related;

/// <summary>
/// <c>Article.related</c> for every parent of one selection: ranked in memory over this instance's
/// <see cref="RelatedIndex"/>, then one statement each for the related articles (projected to the selection),
/// the shared topics and the shared sources, the last two only when selected.
/// </summary>
internal sealed class RelatedArticlesByArticleIdLoader(
    IDbContextFactory<ContentDbContext> contexts, RelatedIndexCache cache, RelatedArticleRequest request)
    : BatchLoader<int, IReadOnlyList<RelatedArticle>>
{
    protected override IReadOnlyList<RelatedArticle> Missing => [];

    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<RelatedArticle>>> LoadBatchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var index = await cache.CurrentAsync(cancellationToken);
        var scorer = new RelatedCandidateScorer(index, request.Options);
        // Drafts and unknown ids are not in the index: they have no related list.
        var parents = new Dictionary<int, int>(keys.Count);
        foreach (var key in keys)
        {
            if (index.TryGetPosition(key, out var position))
            {
                parents[key] = position;
            }
        }

        var top = request.Filter is { } filter
            ? await RelatedCandidateFilter.TopAsync(db, index, scorer, parents, request.First, filter, cancellationToken)
            : parents.ToDictionary(parent => parent.Key, parent => (IReadOnlyList<RelatedCandidate>)scorer.Top(parent.Value, request.First));
        var shared = top.ToDictionary(
            parent => parent.Key,
            parent => parent.Value.Select(candidate => RelatedSharedItems.Of(index, parents[parent.Key], candidate.Position)).ToList());

        var articleIds = top.Values.SelectMany(list => list).Select(c => index.Ids[c.Position]).Distinct().ToList();
        var articles = await db.Articles.Where(a => articleIds.Contains(a.Id)).Select(request.ArticleProjection)
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var topicIds = shared.Values.SelectMany(list => list).SelectMany(s => s.TopicIds).Distinct().ToList();
        var topics = request.TopicProjection is { } topicProjection
            ? await db.Topics.Where(t => topicIds.Contains(t.Id)).Select(topicProjection).ToDictionaryAsync(t => t.Id, cancellationToken)
            : [];
        var sourceIds = shared.Values.SelectMany(list => list).SelectMany(s => s.SourceIds).Distinct().ToList();
        var sources = request.SourceProjection is { } sourceProjection
            ? await db.Sources.Where(s => sourceIds.Contains(s.Id)).Select(sourceProjection).ToDictionaryAsync(s => s.Id, cancellationToken)
            : [];

        return top.ToDictionary(
            parent => parent.Key,
            parent => (IReadOnlyList<RelatedArticle>)parent.Value
                .Select((candidate, rank) => (Candidate: candidate, Shared: shared[parent.Key][rank]))
                // Unpublished since the index was built: gone from the list until the index catches up.
                .Where(c => articles.ContainsKey(index.Ids[c.Candidate.Position]))
                .Select(c => new RelatedArticle
                {
                    Article = articles[index.Ids[c.Candidate.Position]],
                    Score = c.Candidate.Score,
                    SharedTopics = ByName(c.Shared.TopicIds, topics, t => t.Name, t => t.Id),
                    SharedSources = ByName(c.Shared.SourceIds, sources, s => s.Name, s => s.Id),
                })
                .ToList());
    }

    private static IReadOnlyList<T> ByName<T>(IEnumerable<int> ids, Dictionary<int, T> loaded, Func<T, string> name, Func<T, int> id) =>
        ids.Where(loaded.ContainsKey).Select(i => loaded[i])
            .OrderBy(name, StringComparer.Ordinal).ThenBy(id)
            .ToList();
}
