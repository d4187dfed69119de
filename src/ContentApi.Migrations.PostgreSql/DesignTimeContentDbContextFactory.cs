using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContentApi.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model from this project alone, without starting the host.</summary>
internal sealed class DesignTimeContentDbContextFactory : IDesignTimeDbContextFactory<ContentDbContext>
{
    public ContentDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<ContentDbContext>()
        .UseNpgsql("Host=localhost;Database=contentapi", npgsql => npgsql.MigrationsAssembly(typeof(DesignTimeContentDbContextFactory).Assembly))
        .Options);
}
