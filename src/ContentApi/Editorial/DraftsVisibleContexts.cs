using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ContentApi.Editorial;

/// <summary>
/// A second pooled context factory, on the same database and interceptors as the public one, whose model has no
/// query filters: editors' previews, mutation payloads and writes see drafts and what only drafts use.
/// </summary>
public sealed class DraftsVisibleContexts : IDbContextFactory<ContentDbContext>
{
    private readonly PooledDbContextFactory<ContentDbContext> _pool;

    public DraftsVisibleContexts(IDbContextFactory<ContentDbContext> publicContexts)
    {
        using var template = publicContexts.CreateDbContext();
        var options = new DbContextOptionsBuilder<ContentDbContext>(
            (DbContextOptions<ContentDbContext>)template.GetService<IDbContextOptions>());
        _pool = new PooledDbContextFactory<ContentDbContext>(DraftsVisibleExtension.Apply(options).Options);
    }

    public ContentDbContext CreateDbContext() => _pool.CreateDbContext();

    public Task<ContentDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        _pool.CreateDbContextAsync(cancellationToken);
}
