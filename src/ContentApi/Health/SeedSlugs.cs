using ContentApi.Seeding;
using Microsoft.Extensions.Options;

namespace ContentApi.Health;

/// <summary>The slugs of the seed files, read once: the seeds a ready database must hold.</summary>
internal sealed class SeedSlugs(IOptions<SeedOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<IReadOnlyList<string>> _slugs = new(() =>
        new SeedFileReader(SeedDirectory.Resolve(options.Value.Path, environment.ContentRootPath)).ReadAll().Select(d => d.Slug).ToList());

    public IReadOnlyList<string> All => _slugs.Value;
}
