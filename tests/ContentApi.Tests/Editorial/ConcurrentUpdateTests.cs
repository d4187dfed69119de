using ContentApi.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContentApi.Tests.Editorial;

/// <summary>
/// Two editors send an update with the same version at the same moment, round after round: exactly one wins each
/// round, the other gets ConcurrencyError naming the winner's version, and the article holds the winner's title.
/// </summary>
public abstract class ConcurrentUpdateTests(EditorialApiFactory factory)
{
    private const int Rounds = 8;

    [SkippableFact]
    public async Task Exactly_one_of_two_concurrent_updates_with_the_same_version_wins()
    {
        var (alice, bob) = (factory.EditorClient("alice"), factory.EditorClient("bob"));
        var id = await alice.CreateDraftAsync("contended");

        for (var version = 1; version <= Rounds; version++)
        {
            var results = await Task.WhenAll(
                alice.RunAsync(Mutations.Versioned("updateArticle", id, version, $"title: \"alice {version}\"")),
                bob.RunAsync(Mutations.Versioned("updateArticle", id, version, $"title: \"bob {version}\"")));

            var winners = results.Where(r => r["errors"]!.Type == JTokenType.Null).ToList();
            var losers = results.Where(r => r["errors"]!.Type != JTokenType.Null).ToList();
            Assert.Single(winners);
            Assert.Single(losers);
            Assert.Equal(("ConcurrencyError", version + 1), (Mutations.ErrorType(losers[0]), (int)losers[0]["errors"]![0]!["currentVersion"]!));
            var now = await alice.DataAsync("{ article(slug: \"contended\", preview: true) { title version } }");
            Assert.Equal(((string)winners[0]["article"]!["title"]!, version + 1), ((string)now["article"]!["title"]!, (int)now["article"]!["version"]!));
        }
    }

    public sealed class OnSqlite(EditorialApiFactory factory) : ConcurrentUpdateTests(factory), IClassFixture<EditorialApiFactory>;

    public sealed class OnPostgreSql(PostgreSqlEditorialApiFactory factory) : ConcurrentUpdateTests(factory), IClassFixture<PostgreSqlEditorialApiFactory>;
}
