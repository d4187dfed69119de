using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Data;

/// <summary>
/// Marks the options of contexts that see drafts (editors' previews and mutations): their model has no query
/// filters. Public contexts never carry it, so their model and SQL stay exactly as they are.
/// </summary>
public sealed class DraftsVisibleExtension : IDbContextOptionsExtension
{
    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    /// <summary>Adds the marker, and a model cache key that tells the two models apart.</summary>
    public static DbContextOptionsBuilder<ContentDbContext> Apply(DbContextOptionsBuilder<ContentDbContext> options)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new DraftsVisibleExtension());
        options.ReplaceService<IModelCacheKeyFactory, DraftsVisibleModelCacheKeyFactory>();
        return options;
    }

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "DraftsVisible ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["ContentApi:DraftsVisible"] = "1";
    }

    private sealed class DraftsVisibleModelCacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => (context.GetType(), nameof(DraftsVisibleExtension), designTime);
    }
}
