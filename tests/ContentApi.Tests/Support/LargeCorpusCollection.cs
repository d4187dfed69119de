namespace ContentApi.Tests.Support;

/// <summary>Test classes that share one host on the 2,000-article corpus: building it is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class LargeCorpusCollection : ICollectionFixture<LargeCorpusFactory>
{
    public const string Name = "Large corpus";
}
