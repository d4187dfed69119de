using System.Text;
using ContentApi.AbuseCorpus.Corpus;
using ContentApi.AbuseCorpus.Running;

namespace ContentApi.AbuseCorpus.Tests.Corpus;

public sealed class CorpusGeneratorTests
{
    private static readonly CorpusFacts Facts = CorpusFacts.Offline(CorpusFacts.DefaultSigningKey);

    // Generated once: the corpus holds megabytes of payloads.
    private static readonly Lazy<IReadOnlyList<AbuseCase>> Seed9 = new(() => CorpusGenerator.Generate(9, Facts));

    [Fact]
    public void The_same_seed_gives_the_same_corpus()
    {
        var first = Fingerprints(CorpusGenerator.Generate(42, Facts));
        var second = Fingerprints(CorpusGenerator.Generate(42, Facts));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_gives_another_corpus()
    {
        var first = Fingerprints(CorpusGenerator.Generate(42, Facts));
        var other = Fingerprints(CorpusGenerator.Generate(43, Facts));

        Assert.NotEqual(first, other);
        Assert.True(first.Intersect(other).Count() < first.Count / 2, "most requests should differ between seeds");
    }

    [Fact]
    public void Every_category_has_hundreds_of_cases_and_the_corpus_thousands()
    {
        var corpus = Seed9.Value;

        Assert.InRange(corpus.Count, 3000, 6000);
        foreach (var category in Categories.All)
        {
            Assert.True(corpus.Count(c => c.Category == category) >= 300, $"{category} has too few cases");
        }
    }

    [Theory]
    [InlineData(Categories.Transport, "method-not-allowed,unsupported-content-type,missing-content-type,not-acceptable,malformed-json,wrong-body-type,body-too-large,huge-headers,chunked-garbage,malformed-http,trickled-body")]
    [InlineData(Categories.Parameters, "query-wrong-type,query-missing,variables-wrong-type,variable-value-invalid,operation-name-invalid,extensions-wrong-type,get-mutation,get-malformed-parameters")]
    [InlineData(Categories.Syntax, "broken-document,bad-string,deep-literal,long-token-stream,unicode-junk,lone-surrogate")]
    [InlineData(Categories.Validation, "fragment-fanout,fragment-chain,undefined-spreads,repeated-directive,fragment-cycle,deep-selection,many-aliases,many-root-fields,introspection-cycle,introspection-standard,missing-operation-type")]
    [InlineData(Categories.Arguments, "page-size,bad-cursor,tampered-cursor,foreign-cursor,forged-cursor,huge-list-filter,huge-nodes-ids,huge-filter-text,nested-filter,bad-enum-or-scalar,bad-global-id")]
    [InlineData(Categories.PersistedQueries, "unknown-hash,unknown-document-id,hash-mismatch,malformed-extensions,huge-persisted-query")]
    public void Each_category_covers_its_kinds_with_many_variants(string category, string kinds)
    {
        var corpus = Seed9.Value.Where(c => c.Category == category).ToList();

        foreach (var kind in kinds.Split(','))
        {
            var variants = corpus.Where(c => c.Kind == kind).Select(c => c.Request.Fingerprint()).Distinct().Count();
            // The real introspection query is a control: one query, sent a few times.
            Assert.True(variants >= (kind == "introspection-standard" ? 1 : 5), $"{category}/{kind} has {variants} distinct variants");
        }

        Assert.Empty(corpus.Select(c => c.Kind).Distinct().Except(kinds.Split(',')).Except(["variables-many-unused", "variable-required-missing",
            "extensions-huge-unknown", "get-duplicate-query", "huge-list-literal", "conflicting-fields", "repeated-fields"]));
    }

    [Fact]
    public void The_issue_cases_are_in_the_corpus()
    {
        var corpus = Seed9.Value;

        Assert.Contains(corpus, c => c.Kind == "fragment-fanout" && c.Detail.StartsWith("40 fragments", StringComparison.Ordinal) || c.Kind == "fragment-fanout" && c.Detail.StartsWith("39", StringComparison.Ordinal));
        Assert.Contains(corpus, c => c.Kind == "deep-literal" && int.Parse(c.Detail.Split(' ')[^2]) >= 150);
        Assert.Contains(corpus, c => c.Kind == "huge-list-filter" && c.Detail.StartsWith("slug in", StringComparison.Ordinal));
        Assert.Contains(corpus, c => c.Kind == "huge-nodes-ids" && int.Parse(c.Detail.Split(' ')[0]) >= 5000);
        Assert.Contains(corpus, c => c.Kind == "huge-filter-text" && c.Detail.StartsWith("startsWith", StringComparison.Ordinal));
        Assert.Contains(corpus, c => c.Kind == "huge-filter-text" && c.Detail.StartsWith("endsWith", StringComparison.Ordinal));
        Assert.Contains(corpus, c => c.Kind == "foreign-cursor" && c.Detail.StartsWith("sources cursor on topics", StringComparison.Ordinal));
        Assert.Contains(corpus, c => c.Kind == "forged-cursor" && c.Detail.Contains("\"K\":[1]", StringComparison.Ordinal));
        Assert.Contains(corpus, c => c.Kind == "missing-operation-type" && c.Detail.StartsWith("subscription", StringComparison.Ordinal));
        Assert.Contains(corpus, c => c.Kind == "introspection-cycle" && c.Expect.MustReject);
    }

    [Fact]
    public void Bodies_that_must_meet_a_list_or_text_limit_stay_under_the_body_limit()
    {
        var corpus = Seed9.Value;

        foreach (var @case in corpus.Where(c => c.Kind is "huge-list-filter" or "huge-nodes-ids" or "huge-filter-text"))
        {
            Assert.True(@case.Request.Body.Length < 262144, $"{@case.Name} is {@case.Request.Body.Length} bytes");
        }
    }

    [Fact]
    public void No_request_contains_what_the_leak_scan_looks_for()
    {
        // Otherwise a server echoing the request back would look like a leak.
        foreach (var @case in Seed9.Value)
        {
            var sent = @case.Request.Target + "\n" + Encoding.UTF8.GetString(@case.Request.Body);
            Assert.True(LeakScanner.Find(sent) is null, $"{@case.Name}: {LeakScanner.Find(sent)}");
        }
    }

    private static List<string> Fingerprints(IReadOnlyList<AbuseCase> corpus) =>
        [.. corpus.Select(c => $"{c.Category}/{c.Name}/{c.Expect}/{c.Request.Fingerprint()}")];
}
