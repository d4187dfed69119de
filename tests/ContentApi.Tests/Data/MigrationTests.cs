using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Tests.Data;

/// <summary>A started host has applied every migration of its provider.</summary>
public sealed class MigrationTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Started_host_has_applied_every_migration()
    {
        await using var db = ContentDatabase.Open(factory.Services);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
