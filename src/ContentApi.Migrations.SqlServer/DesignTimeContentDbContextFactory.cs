using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContentApi.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model from this project alone, without starting the host.</summary>
internal sealed class DesignTimeContentDbContextFactory : IDesignTimeDbContextFactory<ContentDbContext>
{
    public ContentDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<ContentDbContext>()
        .UseSqlServer("Server=localhost;Database=contentapi;TrustServerCertificate=True", sql => sql.MigrationsAssembly(typeof(DesignTimeContentDbContextFactory).Assembly))
        .Options);
}
