using ContentApi.Data;
using ContentApi.Sources;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Loading;

namespace ContentApi.Articles;

/// <summary>
/// <c>Article.related</c> for every parent of one selection: the ranking statements of
/// <see cref="RelatedCandidateSearch"/>, then one statement each for the related articles (projected to the
/// selection), the shared topics and the shared sources, the last two only when selected.
/// </summary>
internal sealed class RelatedArticlesByArticleIdLoader(IDbContextFactory<ContentDbContext> contexts, RelatedArticleRequest request)
    : BatchLoader<int, IReadOnlyList<RelatedArticle>>
{
    protected override IReadOnlyList<RelatedArticle> Missing => [];

    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<RelatedArticle>>> LoadBatchAsync(
        IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var top = await RelatedCandidateSearch.TopAsync(db, keys, request, cancellationToken);
        var candidates = top.Values.SelectMany(list => list).ToList();

        var articleIds = candidates.Select(c => c.CandidateId).Distinct().ToList();
        var articles = await db.Articles.Where(a => articleIds.Contains(a.Id)).Select(request.ArticleProjection)
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var topicIds = candidates.SelectMany(c => c.TopicIds).Distinct().ToList();
        var topics = request.TopicProjection is { } topicProjection
            ? await db.Topics.Where(t => topicIds.Contains(t.Id)).Select(topicProjection).ToDictionaryAsync(t => t.Id, cancellationToken)
            : [];
        var sourceIds = candidates.SelectMany(c => c.SourceIds).Distinct().ToList();
        var sources = request.SourceProjection is { } sourceProjection
            ? await db.Sources.Where(s => sourceIds.Contains(s.Id)).Select(sourceProjection).ToDictionaryAsync(s => s.Id, cancellationToken)
            : [];

        return top.ToDictionary(
            parent => parent.Key,
            parent => (IReadOnlyList<RelatedArticle>)parent.Value
                .Where(c => articles.ContainsKey(c.CandidateId))
                .Select(c => new RelatedArticle
                {
                    Article = articles[c.CandidateId],
                    Score = c.Score,
                    SharedTopics = ByName(c.TopicIds, topics, t => t.Name, t => t.Id),
                    SharedSources = ByName(c.SourceIds, sources, s => s.Name, s => s.Id),
                })
                .ToList());
    }

    private static IReadOnlyList<T> ByName<T>(IEnumerable<int> ids, Dictionary<int, T> loaded, Func<T, string> name, Func<T, int> id) =>
        ids.Where(loaded.ContainsKey).Select(i => loaded[i])
            .OrderBy(name, StringComparer.Ordinal).ThenBy(id)
            .ToList();
}
