using ContentApi.Data;
using ContentApi.Related;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Editorial;

/// <summary>
/// One transaction per write: the work reads and changes tracked entities on a context that sees drafts; a refusal
/// rolls everything back, success commits through <see cref="ContentChanges"/> (content version, related index,
/// ETags). A write the database refuses (a unique slug or a version taken meanwhile by a concurrent writer) is
/// explained afresh after the rollback; anything else fails the mutation with nothing written.
/// </summary>
public sealed class EditorialUnitOfWork(DraftsVisibleContexts contexts, ContentChanges changes)
{
    public delegate Task<EditResult> Work(ContentDbContext db, CancellationToken cancellationToken);

    /// <summary>Returns the refusal that explains a failed write, or null when it is not a conflict.</summary>
    public delegate Task<EditResult?> Explain(ContentDbContext db, CancellationToken cancellationToken);

    public async Task<EditResult> RunAsync(Work work, Explain? explainConflict, CancellationToken cancellationToken)
    {
        await using var probe = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            // A transient failure retries the whole unit of work in a fresh context, as the seed import does.
            return await probe.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
            {
                await using var db = await contexts.CreateDbContextAsync(token);
                db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var result = await work(db, token);
                if (result.Succeeded)
                {
                    await changes.CommitAsync(db, token);
                }

                return result;
            }, cancellationToken);
        }
        catch (DbUpdateException) when (explainConflict is not null)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await explainConflict(db, cancellationToken) is { } refusal)
            {
                return refusal;
            }

            throw;
        }
    }
}
