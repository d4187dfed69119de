using System.Data.Common;
using System.Text.Json;
using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Sources;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ContentApi.Seeding;

/// <summary>Prepared inserts for the synthetic corpus, with table and column names read from the EF model.</summary>
internal sealed class InsertTargets(ContentDbContext db)
{
    private readonly bool _isSqlServer = db.Database.IsSqlServer();
    private readonly bool _isPostgreSql = db.Database.IsNpgsql();

    /// <summary>The paragraphs column as the provider stores it: a text[] on PostgreSQL, JSON text elsewhere.</summary>
    public object Paragraphs(IReadOnlyList<string> paragraphs) =>
        _isPostgreSql ? paragraphs.ToArray() : JsonSerializer.Serialize(paragraphs);

    /// <summary>PostgreSQL's identity sequence does not see explicit ids; move it past them so later inserts do not collide.</summary>
    public async Task ContinueArticleIdsAfterAsync(DbConnection connection, DbTransaction transaction, int lastId)
    {
        if (!_isPostgreSql)
        {
            return;
        }

        var entity = Entity<Article>();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT setval(pg_get_serial_sequence('{QuoteName(entity.GetTableName()!)}', 'Id'), {lastId})";
        await command.ExecuteNonQueryAsync();
    }

    public Task<PreparedInsert> ArticlesAsync(DbConnection connection, DbTransaction transaction) =>
        CreateAsync<Article>(connection, transaction, nameof(Article.Id), nameof(Article.Slug), nameof(Article.Title),
            nameof(Article.Summary), nameof(Article.Paragraphs), nameof(Article.Section), nameof(Article.PublishedAt),
            nameof(Article.UpdatedAt), nameof(Article.Status), nameof(Article.Version), nameof(Article.CreatedAt),
            nameof(Article.CreatedBy), nameof(Article.ModifiedAt), nameof(Article.ModifiedBy));

    public Task<PreparedInsert> ArticleTopicsAsync(DbConnection connection, DbTransaction transaction) =>
        CreateAsync<ArticleTopic>(connection, transaction, nameof(ArticleTopic.ArticleId), nameof(ArticleTopic.TopicId));

    public Task<PreparedInsert> QuotesAsync(DbConnection connection, DbTransaction transaction) =>
        CreateAsync<Quote>(connection, transaction, nameof(Quote.Text), nameof(Quote.Position), nameof(Quote.ArticleId), nameof(Quote.SourceId));

    /// <summary>SQL Server refuses explicit identity values unless asked; join rows need the ids up front.</summary>
    public async Task<IAsyncDisposable> AllowExplicitArticleIdsAsync(DbConnection connection, DbTransaction transaction)
    {
        if (!_isSqlServer)
        {
            return NoOp.Instance;
        }

        var table = QuoteName(Entity<Article>().GetTableName()!);
        await using var on = connection.CreateCommand();
        on.Transaction = transaction;
        on.CommandText = $"SET IDENTITY_INSERT {table} ON";
        await on.ExecuteNonQueryAsync();
        return new IdentityInsertOff(connection, transaction, table);
    }

    private Task<PreparedInsert> CreateAsync<T>(DbConnection connection, DbTransaction transaction, params string[] properties)
    {
        var entity = Entity<T>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = properties.Select(p => entity.FindProperty(p)!.GetColumnName(table)!).ToList();
        return PreparedInsert.CreateAsync(connection, transaction, table.Name, columns, QuoteName);
    }

    private IEntityType Entity<T>() => db.Model.FindEntityType(typeof(T))!;

    private string QuoteName(string name) => _isSqlServer ? $"[{name}]" : $"\"{name}\"";

    private sealed class NoOp : IAsyncDisposable
    {
        public static readonly NoOp Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class IdentityInsertOff(DbConnection connection, DbTransaction transaction, string table) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var off = connection.CreateCommand();
            off.Transaction = transaction;
            off.CommandText = $"SET IDENTITY_INSERT {table} OFF";
            await off.ExecuteNonQueryAsync();
        }
    }
}
