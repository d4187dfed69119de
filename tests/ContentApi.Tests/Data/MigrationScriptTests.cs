using ContentApi.Api;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ContentApi.Tests.Data;

/// <summary>
/// Each provider's migrations project matches the model, and the committed idempotent scripts in schema/ are what
/// its migrations generate today (regenerate with the commands in the README's Databases section).
/// </summary>
public sealed class MigrationScriptTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql, DatabaseProvider.SqlServer };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_has_no_change_that_a_migration_is_missing_for(DatabaseProvider provider)
    {
        using var db = Context(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The EF model differs from the last {provider} migration: add one with 'dotnet ef migrations add <Name> --project src/ContentApi.Migrations.{provider}'.");
    }

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql, "postgresql.sql")]
    [InlineData(DatabaseProvider.SqlServer, "sqlserver.sql")]
    public void Committed_idempotent_script_is_current(DatabaseProvider provider, string file)
    {
        using var db = Context(provider);
        var generated = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var committed = File.ReadAllText(Path.Combine(SchemaSdl.RepositoryRoot(AppContext.BaseDirectory), "schema", file));

        Assert.True(Normalize(committed) == Normalize(generated),
            $"schema/{file} is stale: regenerate it with 'dotnet ef migrations script --idempotent --project src/ContentApi.Migrations.{provider} -o schema/{file}'.");
    }

    [Fact]
    public void Sql_server_text_columns_use_a_case_sensitive_collation_so_eq_and_in_stay_exact()
    {
        using var db = Context(DatabaseProvider.SqlServer);
        var columns = db.GetService<IDesignTimeModel>().Model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Where(p => p.ClrType == typeof(string)).ToList();

        Assert.NotEmpty(columns);
        Assert.All(columns, column => Assert.Equal(ContentDbContext.SqlServerExactCollation, column.GetCollation()));
    }

    [Fact]
    public void Sqlite_keeps_the_migration_ids_existing_databases_recorded()
    {
        using var db = Context(DatabaseProvider.Sqlite);

        Assert.Equal(["20261126053554_InitialCreate", "20261126055130_RelatedArticleIndexes"], db.Database.GetMigrations().Take(2));
    }

    private static ContentDbContext Context(DatabaseProvider provider)
    {
        var connection = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=unused;Database=unused";
        var options = new DbContextOptionsBuilder<ContentDbContext>().Use(new DatabaseOptions { Provider = provider }, connection);
        return new ContentDbContext((DbContextOptions<ContentDbContext>)options.Options);
    }

    private static string Normalize(string script) => script.TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim();
}
