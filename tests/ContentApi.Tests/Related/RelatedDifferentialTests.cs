using ContentApi.Tests.Support;

namespace ContentApi.Tests.Related;

/// <summary>The API against <see cref="ReferenceRelatedScores"/> on 50 articles drawn at random from the 2,000-article corpus.</summary>
public abstract class RelatedDifferentialTests(ContentApiFactory factory)
{
    [SkippableTheory]
    // first: 1 fills the list within the first pass's few days most often, so the far pass prunes by the k-th score.
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    public async Task Api_matches_the_reference_formula_in_order_scores_and_shared_items(int first)
    {
        using var client = factory.CreateClient();

        await RelatedDifferential.AssertMatchesAsync(client, factory, first, corpus => RelatedDifferential.RandomSample(corpus, 50));
    }

    public sealed class OnSqlite(RelatedSyntheticCorpusFactory factory) : RelatedDifferentialTests(factory), IClassFixture<RelatedSyntheticCorpusFactory>;

    [Collection(PostgreSqlLargeCorpusCollection.Name)]
    public sealed class OnPostgreSql(PostgreSqlLargeCorpusFactory factory) : RelatedDifferentialTests(factory);
}
