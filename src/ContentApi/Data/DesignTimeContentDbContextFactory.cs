using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContentApi.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without starting the host.</summary>
internal sealed class DesignTimeContentDbContextFactory : IDesignTimeDbContextFactory<ContentDbContext>
{
    public ContentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ContentDbContext>().UseSqlite(ContentDataRegistration.DefaultSqliteConnectionString).Options);
}
