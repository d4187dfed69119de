// A file-based app, not part of the benchmark project (its csproj removes QueryPlans/** from Compile):
//   dotnet run tests/ContentApi.Benchmarks/QueryPlans/explain.cs -- <corpus.db> <statements.sql>
// Prints EXPLAIN QUERY PLAN and three timed runs of each statement, with the same bundled SQLite build the
// host uses (the sqlite3 shell on a machine may be another version with another planner).
// The repository pins versions centrally; this script names its own.
#:property ManagePackageVersionsCentrally=false
#:package Microsoft.Data.Sqlite.Core@10.0.15
#:package SQLitePCLRaw.bundle_e_sqlite3@2.1.13
using System.Diagnostics;
using Microsoft.Data.Sqlite;

SQLitePCL.Batteries_V2.Init();
using var connection = new SqliteConnection($"Data Source={args[0]};Mode=ReadOnly");
connection.Open();
Console.WriteLine($"SQLite {Scalar("SELECT sqlite_version()")}");

// Statements are separated by a line holding only ';' so each can keep a leading '-- title' comment.
foreach (var statement in File.ReadAllText(args[1]).Split("\n;\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
{
    Console.WriteLine($"---- {statement.Split('\n').Last(line => line.StartsWith("--"))}");
    using (var plan = Command($"EXPLAIN QUERY PLAN {statement}").ExecuteReader())
    {
        while (plan.Read())
        {
            Console.WriteLine($"  {plan.GetString(3)}");
        }
    }

    for (var run = 1; run <= 3; run++)
    {
        var stopwatch = Stopwatch.StartNew();
        var rows = 0;
        using (var reader = Command(statement).ExecuteReader())
        {
            while (reader.Read())
            {
                rows++;
            }
        }

        Console.WriteLine($"  run {run}: {rows} rows in {stopwatch.Elapsed.TotalMilliseconds:0.0} ms");
    }
}

SqliteCommand Command(string text)
{
    var command = connection.CreateCommand();
    command.CommandText = text;
    return command;
}

object? Scalar(string text) => Command(text).ExecuteScalar();
