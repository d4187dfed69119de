using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

/// <summary>
/// SQLite: each pooled context keeps one open connection of its own for as long as the pool keeps the context, so a
/// statement no longer opens and closes a connection. Each open of a pooled SQLite connection registers the
/// connection's functions again (EF Core's and <see cref="UnicodeLowerFunction"/>) and each close removes them,
/// under locks that concurrent requests queue on: with four statements per front page that was about a third of
/// its CPU samples at 16 connections (BENCHMARKS.md, "Per-request overhead", "Second round").
/// </summary>
/// <remarks>
/// A context is used by one caller at a time, so its connection is too. The connection is handed to EF Core as not
/// owned, which keeps it open when the pool resets the context, and <see cref="KeptOpenSqliteConnection"/> keeps it
/// open between statements. EF Core registers its decimal and <c>regexp</c> helpers only on connections it creates;
/// no column or query here needs them. Idle connections hold no read snapshot in WAL mode. They are closed when the
/// host stops, or with their context's garbage when the pool discards a context it has no room for. Contexts the
/// pool lends to a scope directly (the health check's) keep the connection they have.
/// </remarks>
internal sealed class SqliteConnectionPerContext(IDbContextFactory<ContentDbContext> pool) : IDbContextFactory<ContentDbContext>, IDisposable
{
    /// <summary>Contexts (and so open connections) the pool keeps; more concurrent ones are created and discarded.</summary>
    public const int PoolSize = 128;

    private readonly ConditionalWeakTable<ContentDbContext, KeptOpenSqliteConnection> _connections = new();

    public ContentDbContext CreateDbContext() => WithOwnConnection(pool.CreateDbContext());

    public async Task<ContentDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        WithOwnConnection(await pool.CreateDbContextAsync(cancellationToken));

    public void Dispose()
    {
        foreach (var (_, connection) in _connections)
        {
            connection.Dispose();
        }
    }

    private ContentDbContext WithOwnConnection(ContentDbContext db)
    {
        if (!_connections.TryGetValue(db, out _))
        {
            var connection = new KeptOpenSqliteConnection(db.Database.GetConnectionString()!);
            db.Database.SetDbConnection(connection, contextOwnsConnection: false);
            _connections.Add(db, connection);
        }

        return db;
    }
}
