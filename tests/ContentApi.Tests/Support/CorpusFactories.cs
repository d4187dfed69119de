using ContentApi.Data;

namespace ContentApi.Tests.Support;

/// <summary>The two seeds plus 200 synthetic articles: enough for several full pages with nested lists.</summary>
public sealed class SmallSyntheticCorpusFactory : ContentApiFactory
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

/// <summary>The real host on a fresh database of the test run's PostgreSQL cluster.</summary>
public sealed class PostgreSqlContentApiFactory : ContentApiFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

/// <summary><see cref="SmallSyntheticCorpusFactory"/> on PostgreSQL.</summary>
public sealed class PostgreSqlSmallSyntheticCorpusFactory : ContentApiFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override int SyntheticArticles => SmallSyntheticCorpusFactory.Articles;
}

/// <summary><see cref="LargeCorpusFactory"/> on PostgreSQL.</summary>
public sealed class PostgreSqlLargeCorpusFactory : ContentApiFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override int SyntheticArticles => LargeCorpusFactory.Articles;
}
