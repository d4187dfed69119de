namespace ContentApi.Tests.Support;

/// <summary>Test classes that share one host on the 2,000-article corpus in PostgreSQL.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlLargeCorpusCollection : ICollectionFixture<PostgreSqlLargeCorpusFactory>
{
    public const string Name = "Large corpus on PostgreSQL";
}
