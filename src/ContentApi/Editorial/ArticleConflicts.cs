using Microsoft.EntityFrameworkCore;

namespace ContentApi.Editorial;

/// <summary>
/// Why the database refused an article write that passed our own checks: a concurrent writer got there between
/// our read and our write. Read afresh after the rollback; null when the refusal was something else.
/// </summary>
internal static class ArticleConflicts
{
    /// <summary>The slug is now another article's (a concurrent create or rename got it first).</summary>
    public static EditorialUnitOfWork.Explain SlugTakenBy(string slug, string? ownId = null) => async (db, token) =>
    {
        var own = ownId is null ? null : EditorialIds.Key(ownId, "Article");
        return await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != own, token) ? EditResult.Refused(new SlugTaken(slug)) : null;
    };

    /// <summary>A concurrent writer moved the version (or deleted the article) between our read and our UPDATE.</summary>
    public static EditorialUnitOfWork.Explain VersionMoved(string id, int read) => async (db, token) =>
    {
        var key = EditorialIds.Key(id, "Article");
        var current = await db.Articles.Where(a => a.Id == key).Select(a => (int?)a.Version).SingleOrDefaultAsync(token);
        return current switch
        {
            null => EditResult.Refused(new NotFound(id)),
            var version when version != read => EditResult.Refused(new VersionConflict(version.Value)),
            _ => null,
        };
    };
}
