using ContentApi.Seeding;

namespace ContentApi.Benchmarks.Harness;

/// <summary>
/// The benchmark's pages. Each GraphQL document is what a front end would send; arm B's endpoint answers the
/// same JSON. "rail" matches one of the ten synthetic title objects ("rail links"); Economy is the most frequent
/// synthetic topic; the full-text pairs are described at <see cref="ArticleQueries.SelectivePair"/>.
/// </summary>
internal static class Scenarios
{
    private const string ListFields = "title summary publishedAt topics { name } quotes { source { name } }";
    private const string PageInfo = "pageInfo { hasNextPage endCursor }";

    public static readonly Scenario Front = new(
        "front", "Front page: `articles(first: 20)` with title, summary, publishedAt, topic names, quoted source names",
        $"{{ articles(first: 20) {{ nodes {{ {ListFields} }} {PageInfo} }} }}",
        _ => null, _ => "/articles", Scales: true);

    public static readonly Scenario Topic = new(
        "topic", "Topic page: `topics: { some }` + `title: { contains }`, with quotes and sources",
        "query TopicPage($topic: String!, $title: String!) { articles(first: 20, where: { topics: { some: { slug: { eq: $topic } } }, title: { contains: $title } }) "
        + $"{{ nodes {{ title publishedAt topics {{ name }} quotes {{ text source {{ name }} }} }} {PageInfo} }} }}",
        _ => new { topic = "economy", title = "rail" }, _ => "/topic?topic=economy&title=rail", Scales: false);

    public static readonly Scenario Deep = new(
        "deep", "Deep page: the front page `after:` the cursor at 90%",
        $"query DeepPage($after: String) {{ articles(first: 20, after: $after) {{ nodes {{ {ListFields} }} {PageInfo} }} }}",
        corpus => new { after = corpus.DeepCursor }, corpus => "/articles?after=" + Uri.EscapeDataString(corpus.DeepCursor), Scales: true);

    public static readonly Scenario Article = new(
        "article", "Article page: `article(slug:)` with body, topics, quotes, sources and `related(first: 5)`",
        "query ArticlePage($slug: String!) { article(slug: $slug) { title summary publishedAt body topics { name } quotes { text source { name } } "
        + "related(first: 5) { score article { title slug publishedAt } } } }",
        corpus => new { slug = corpus.ArticleSlug }, corpus => "/article/" + corpus.ArticleSlug, Scales: true);

    public static readonly Scenario Related = new(
        "related", "Related list: 20 articles × `related(first: 5)`",
        "{ articles(first: 20) { nodes { title related(first: 5) { score article { title slug } } } } }",
        _ => null, _ => "/related", Scales: true);

    public static readonly Scenario Search = new(
        "search", "Search box: `title: { contains }` alone",
        "query Search($title: String!) { articles(first: 20, where: { title: { contains: $title } }) { nodes { title slug publishedAt } } }",
        _ => new { title = "rail" }, _ => "/search?title=rail", Scales: false);

    public static readonly Scenario FullText = FullTextSearch("fulltext", "selective", ArticleQueries.SelectivePair);

    public static readonly Scenario FullTextCommon = FullTextSearch("fulltext-common", "common", ArticleQueries.CommonPair);

    public static readonly IReadOnlyList<Scenario> All = [Front, Topic, Deep, Article, Related, Search, FullText, FullTextCommon];

    private static Scenario FullTextSearch(string name, string kind, string words) => new(
        name, $"Full-text search, a {kind} pair: `search(query: \"{words}\", first: 20)` with score, title, slug, publishedAt and highlights",
        ArticleQueries.Search, _ => new { q = words }, _ => "/fulltext?q=" + Uri.EscapeDataString(words), Scales: false);

    /// <summary>An article in the middle of the synthetic corpus, so its related list has neighbours on both sides.</summary>
    public static string ArticleSlugFor(int articles) => SyntheticCorpus.SlugFor(Math.Max(1, articles / 2));
}
