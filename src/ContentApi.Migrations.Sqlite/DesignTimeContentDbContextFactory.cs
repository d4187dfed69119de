using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContentApi.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model from this project alone, without starting the host.</summary>
internal sealed class DesignTimeContentDbContextFactory : IDesignTimeDbContextFactory<ContentDbContext>
{
    public ContentDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<ContentDbContext>()
        .UseSqlite("Data Source=content.db", sqlite => sqlite.MigrationsAssembly(typeof(DesignTimeContentDbContextFactory).Assembly))
        .Options);
}
