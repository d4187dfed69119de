using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>
/// This instance's <see cref="RelatedIndex"/>. A request uses it as it is unless a local write invalidated it
/// or <c>Related:RefreshSeconds</c> have passed since the last look at the <see cref="ContentVersion"/>; then
/// one statement reads the version, and only a new version rebuilds the index. One rebuild at a time: requests
/// that arrive meanwhile wait for it instead of starting their own.
/// </summary>
public sealed class RelatedIndexCache(RelatedArticleOptions options, TimeProvider time, ILogger<RelatedIndexCache> logger)
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private volatile Snapshot? _current;
    private int _invalidations;

    /// <summary>The last rebuild, for the logs and the benchmarks' memory figures; null before the first.</summary>
    public RelatedIndexStatistics? LastBuild { get; private set; }

    /// <summary>Called after a local write commits: the next request reads the version.</summary>
    public void Invalidate() => Interlocked.Increment(ref _invalidations);

    internal async ValueTask<RelatedIndex> CurrentAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        if (IsFresh(_current) is { } fresh)
        {
            return fresh;
        }

        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            if (IsFresh(_current) is { } rebuilt)
            {
                return rebuilt;
            }

            // Read before the version: a write committed after that read makes the snapshot look stale, never fresh.
            var invalidations = Volatile.Read(ref _invalidations);
            var checkedAt = time.GetTimestamp();
            // The version before the content: content read afterwards is at least that new.
            var version = await VersionQuery(db).SingleAsync(cancellationToken);
            var index = _current is { } current && current.Version == version ? current.Index : await BuildAsync(db, version, cancellationToken);
            _current = new Snapshot(index, version, invalidations, checkedAt);
            return index;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    private async Task<RelatedIndex> BuildAsync(ContentDbContext db, long version, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var index = await RelatedIndexBuilder.BuildAsync(db, cancellationToken);
        LastBuild = new RelatedIndexStatistics(version, index.Count, index.Postings, index.ApproximateBytes, time.GetElapsedTime(started));
        logger.LogInformation(
            "Related index at content version {Version}: {Articles} articles, {Postings} postings, {Bytes} bytes, built in {ElapsedMs:0} ms",
            version, index.Count, index.Postings, index.ApproximateBytes, LastBuild.Elapsed.TotalMilliseconds);
        return index;
    }

    internal static IQueryable<long> VersionQuery(ContentDbContext db) =>
        db.Set<ContentVersion>().Where(v => v.Id == ContentVersion.SingletonId).Select(v => v.Version);

    private RelatedIndex? IsFresh(Snapshot? snapshot) =>
        snapshot is not null
        && snapshot.Invalidations == Volatile.Read(ref _invalidations)
        && time.GetElapsedTime(snapshot.CheckedAt).TotalSeconds < options.RefreshSeconds
            ? snapshot.Index
            : null;

    private sealed record Snapshot(RelatedIndex Index, long Version, int Invalidations, long CheckedAt);
}
