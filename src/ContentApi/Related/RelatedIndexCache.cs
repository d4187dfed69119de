using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>
/// This instance's <see cref="RelatedIndex"/>. A request uses it as it is unless a local write invalidated it
/// or <c>Related:RefreshSeconds</c> have passed since the last look at the <see cref="ContentVersion"/>; then
/// one statement reads the version, and only a new version rebuilds the index. One refresh at a time: requests
/// that arrive meanwhile wait for it instead of starting their own.
/// </summary>
public sealed class RelatedIndexCache(
    IDbContextFactory<ContentDbContext> contexts, RelatedArticleOptions options, TimeProvider time, ILogger<RelatedIndexCache> logger)
{
    private readonly object _gate = new();
    private volatile Snapshot? _current;
    private Task<RelatedIndex>? _refresh;
    private int _refreshFor;
    private int _invalidations;

    /// <summary>The last rebuild, for the logs and the benchmarks' memory figures; null before the first.</summary>
    public RelatedIndexStatistics? LastBuild { get; private set; }

    /// <summary>Called after a local write commits: the next request reads the version.</summary>
    public void Invalidate() => Interlocked.Increment(ref _invalidations);

    /// <summary>
    /// The current index. A refresh is shared by the requests that need it and is not cancelled with any of them:
    /// a rebuild that outlasts one request's timeout still completes for the next.
    /// </summary>
    internal async ValueTask<RelatedIndex> CurrentAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(_current) is { } fresh)
        {
            return fresh;
        }

        Task<RelatedIndex> refresh;
        lock (_gate)
        {
            // Read before the version: a write committed after this read makes the snapshot look stale, never fresh.
            var invalidations = Volatile.Read(ref _invalidations);
            if (_refresh is null || _refresh.IsCompleted)
            {
                _refresh = Task.Run(() => RefreshAsync(invalidations), CancellationToken.None);
            }
            else if (_refreshFor != invalidations)
            {
                // A local write committed after the running refresh read the version: it must not answer this request.
                var running = _refresh;
                _refresh = Task.Run(async () =>
                {
                    await running.ContinueWith(static _ => { }, TaskScheduler.Default);
                    return await RefreshAsync(invalidations);
                }, CancellationToken.None);
            }

            _refreshFor = invalidations;
            refresh = _refresh;
        }

        return await refresh.WaitAsync(cancellationToken);
    }

    private async Task<RelatedIndex> RefreshAsync(int invalidations)
    {
        var checkedAt = time.GetTimestamp();
        await using var db = await contexts.CreateDbContextAsync();
        // The version before the content: content read afterwards is at least that new.
        var version = await VersionQuery(db).SingleAsync();
        var index = _current is { } current && current.Version == version ? current.Index : await BuildAsync(db, version);
        _current = new Snapshot(index, version, invalidations, checkedAt);
        return index;
    }

    private async Task<RelatedIndex> BuildAsync(ContentDbContext db, long version)
    {
        var started = time.GetTimestamp();
        var index = await RelatedIndexBuilder.BuildAsync(db, CancellationToken.None);
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
