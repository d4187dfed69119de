using ContentApi.Articles;
using ContentApi.Sources;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data;

public sealed class ContentDbContext(DbContextOptions<ContentDbContext> options) : DbContext(options)
{
    private readonly bool _draftsVisible = options.FindExtension<DraftsVisibleExtension>() is not null;

    /// <summary>Case- and accent-sensitive, so <c>eq</c>/<c>in</c> are exact on SQL Server as on SQLite and PostgreSQL.</summary>
    public const string SqlServerExactCollation = "Latin1_General_100_CS_AS_SC";

    private const string SqlServerProviderName = "Microsoft.EntityFrameworkCore.SqlServer";

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<ArticleTopic> ArticleTopics => Set<ArticleTopic>();
    public DbSet<QuotedSource> Sources => Set<QuotedSource>();
    public DbSet<Quote> Quotes => Set<Quote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContentDbContext).Assembly);
        if (_draftsVisible)
        {
            foreach (var entityType in modelBuilder.Model.GetEntityTypes())
            {
                foreach (var filter in entityType.GetDeclaredQueryFilters().ToList())
                {
                    var entity = modelBuilder.Entity(entityType.ClrType);
                    _ = filter.Key is null ? entity.HasQueryFilter(null) : entity.HasQueryFilter(filter.Key, null);
                }
            }
        }

        if (Database.ProviderName != SqlServerProviderName)
        {
            return;
        }

        // SQL Server's default collation ignores case; text filters lower both sides themselves where they should.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.ClrType == typeof(string)))
        {
            property.SetCollation(SqlServerExactCollation);
        }
    }
}
