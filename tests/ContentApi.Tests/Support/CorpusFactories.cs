namespace ContentApi.Tests.Support;

/// <summary>The two seeds plus 200 synthetic articles: enough for several full pages with nested lists.</summary>
public sealed class SyntheticCorpusFactory : ContentApiFactory
{
    public const int Articles = 200;

    protected override int SyntheticArticles => Articles;
}

/// <summary>The two seeds plus 2,000 synthetic articles: the paging acceptance corpus.</summary>
public sealed class LargeCorpusFactory : ContentApiFactory
{
    public const int Articles = 2000;

    protected override int SyntheticArticles => Articles;
}
