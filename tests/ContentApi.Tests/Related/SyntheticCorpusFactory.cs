using ContentApi.Tests.Support;

namespace ContentApi.Tests.Related;

/// <summary>The host on the deterministic 2,000-article synthetic corpus, as <c>--Seed:SyntheticArticles 2000</c> starts it.</summary>
public sealed class SyntheticCorpusFactory : ContentApiFactory
{
    protected override int SyntheticArticles => 2000;
}
