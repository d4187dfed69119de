using ContentApi.Tests.Support;

namespace ContentApi.Tests.Related;

/// <summary>The host on the deterministic 2,000-article synthetic corpus, as <c>--Seed:SyntheticArticles 2000</c> starts it.</summary>
public sealed class RelatedSyntheticCorpusFactory : ContentApiFactory
{
    protected override int SyntheticArticles => 2000;

    /// <summary>
    /// No periodic version check, so statement counts do not depend on how long a test takes. Writes made through
    /// <c>ContentChanges</c> are still seen on the next request.
    /// </summary>
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Related:RefreshSeconds"] = "3600" };
}
