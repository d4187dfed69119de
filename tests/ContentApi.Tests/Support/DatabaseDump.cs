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
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The rows of one query as lines of text.</summary>
    public static List<string> Rows(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i)))));
        }

        return rows;
    }

    /// <summary>One number from plain SQL on a host's database, whichever provider it runs on (quote identifiers).</summary>
    public static long Scalar(ContentApiFactory factory, string sql)
    {
        using var db = ContentDatabase.Open(factory.Services);
        var connection = db.Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The rows of one query on a host's database, whichever provider it runs on, as lines of text.</summary>
    public static List<string> Rows(ContentApiFactory factory, string sql)
    {
        using var db = ContentDatabase.Open(factory.Services);
        var connection = db.Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private static List<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
