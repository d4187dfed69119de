using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Diagnostics;

namespace QueryableGraphQL.Tests.Diagnostics;

/// <summary>Runs two real SQL statements through EF Core with the <see cref="SqlCommandRecorder"/> attached.</summary>
internal sealed class TestSqlRunner(SqlCommandRecorder recorder)
{
    public async Task<int> RunTwoStatementsAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(cancellationToken);
        var options = new DbContextOptionsBuilder<DbContext>().UseSqlite(connection).AddInterceptors(recorder).Options;
        await using var db = new DbContext(options);
        var one = await db.Database.SqlQueryRaw<int>("SELECT 1 AS Value").ToListAsync(cancellationToken);
        var two = await db.Database.SqlQueryRaw<int>("SELECT 2 AS Value").ToListAsync(cancellationToken);
        return one.Count + two.Count;
    }
}
