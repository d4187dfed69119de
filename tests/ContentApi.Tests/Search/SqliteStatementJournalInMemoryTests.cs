using ContentApi.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Search;

/// <summary>
/// Every connection the host's contexts open keeps its temporary files in memory, including a pooled connection
/// handed out again, on which the setting is not repeated.
/// </summary>
public sealed class SqliteStatementJournalInMemoryTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const long Memory = 2;

    [Fact]
    public async Task Each_open_of_a_pooled_connection_keeps_temporary_files_in_memory()
    {
        var handles = new HashSet<object>(ReferenceEqualityComparer.Instance);
        for (var open = 0; open < 3; open++)
        {
            await using var db = ContentDatabase.Open(factory.Services);
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            handles.Add(connection.Handle!);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA temp_store";

            Assert.Equal(Memory, (long)(await command.ExecuteScalarAsync())!);
        }

        Assert.True(handles.Count < 3, "the pool never handed a native connection out again");
    }
}
