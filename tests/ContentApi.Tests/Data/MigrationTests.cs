using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Data;

/// <summary>The committed SQLite migrations create exactly the model the code maps.</summary>
public sealed class MigrationTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public void Model_has_no_change_that_a_migration_is_missing_for()
    {
        using var db = ContentDatabase.Open(factory.Services);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The EF model differs from the last migration: add one with 'dotnet ef migrations add <Name> --project src/ContentApi'.");
    }

    [Fact]
    public async Task Started_host_has_applied_every_migration()
    {
        await using var db = ContentDatabase.Open(factory.Services);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
