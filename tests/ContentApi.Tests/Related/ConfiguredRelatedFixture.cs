using ContentApi.Tests.Support;

namespace ContentApi.Tests.Related;

/// <summary><see cref="RelatedFixture"/> with every <c>Related:*</c> key set away from its default.</summary>
public sealed class ConfiguredRelatedFixture : RelatedFixture
{
    protected override ContentApiFactory CreateFactory() => new ConfiguredFactory();

    private sealed class ConfiguredFactory : ContentApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Related:RecencyDays"] = "10",
            ["Related:WindowDays"] = "5",
            ["Related:SourceWeight"] = "3",
        };
    }
}
