using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Related;

/// <summary>
/// The hook every write path calls instead of committing itself: it saves the pending changes, advances the
/// <see cref="ContentVersion"/> in the same transaction, commits, and tells this instance's related index. The
/// next request on this instance sees the write; other instances see it within <c>Related:RefreshSeconds</c>.
/// </summary>
public sealed class ContentChanges(RelatedIndexCache index)
{
    /// <summary>
    /// Commits <paramref name="db"/>'s current transaction (or a new one holding only its pending changes)
    /// with a new content version. Writes made without the change tracker (bulk inserts, ExecuteDelete) must
    /// be in that transaction or committed before this call: the version may never be newer than the content.
    /// </summary>
    public async Task CommitAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await db.Set<ContentVersion>()
                .Where(v => v.Id == ContentVersion.SingletonId)
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);
            await db.Database.CurrentTransaction!.CommitAsync(cancellationToken);
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }

        index.Invalidate();
    }
}
