using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Support;

/// <summary>
/// Every row of every table as text, in primary-key order. Two equal dumps mean identical rows and ids, which
/// is what idempotent imports and all-or-nothing failures promise.
/// </summary>
internal static class DatabaseDump
{
    /// <summary>The audit columns: when and by whom rows were written, which differ between two equal builds.</summary>
    public static readonly IReadOnlySet<string> AuditColumns = new HashSet<string> { "CreatedAt", "CreatedBy", "ModifiedAt", "ModifiedBy" };

    public static string Read(string databasePath, IReadOnlySet<string>? skipColumns = null)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        var dump = new StringBuilder();
        foreach (var table in Tables(connection))
        {
            dump.AppendLine($"## {table}");
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Where(i => skipColumns?.Contains(reader.GetName(i)) != true)
                    .Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i)));
                dump.AppendLine(string.Join(" | ", values));
            }
        }

        return dump.ToString();
    }

    public static long Count(string databasePath, string table) => Scalar(databasePath, $"SELECT COUNT(*) FROM \"{table}\"");

    public static long Scalar(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        return ScalarOf(connection, sql);
    }

    /// <summary>The rows of one query as lines of text.</summary>
    public static List<string> Rows(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        return RowsOf(connection, sql);
    }

    /// <summary>One number from plain SQL on a host's database, whichever provider it runs on (quote identifiers).</summary>
    public static long Scalar(ContentApiFactory factory, string sql)
    {
        using var db = ContentDatabase.Open(factory.Services);
        return ScalarOf(db.Database.GetDbConnection(), sql);
    }

    /// <summary>The rows of one query on a host's database, whichever provider it runs on, as lines of text.</summary>
    public static List<string> Rows(ContentApiFactory factory, string sql)
    {
        using var db = ContentDatabase.Open(factory.Services);
        return RowsOf(db.Database.GetDbConnection(), sql);
    }

    private static long ScalarOf(DbConnection connection, string sql)
    {
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<string> RowsOf(DbConnection connection, string sql)
    {
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private static List<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        // The full-text index (ArticleSearch, its FTS5 shadow tables and its pending list) is derived from the rows dumped.
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'ArticleSearch%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
