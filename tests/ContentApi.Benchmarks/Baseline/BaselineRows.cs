namespace ContentApi.Benchmarks.Baseline;

// What arm B's statements read: exactly the columns its responses need.

internal sealed record FrontPageRow(int Id, string Title, string Summary, DateTime? PublishedAt);

internal sealed record TitleDateRow(int Id, string Title, DateTime? PublishedAt);

internal sealed record SearchRow(string Title, string Slug, DateTime? PublishedAt);

internal sealed record SearchArticleRow(int Id, string Title, string Slug, string Summary, DateTime? PublishedAt, List<string> Paragraphs);

internal sealed record ArticlePageRow(int Id, string Title, string Summary, DateTime? PublishedAt, string Section, List<string> Paragraphs);

internal sealed record RelatedListRow(int Id, string Title, DateTime? PublishedAt, string Section);

internal sealed record ChildNameRow(int ArticleId, string Name);

internal sealed record QuoteRow(int ArticleId, string Text, string SourceName);

internal sealed record RelatedParent(int Id, DateTime? PublishedAt, string Section);

// Classes with settable members rather than records: EF Core translates UNION ALL over member-init projections.

internal sealed class RelatedItemRow
{
    public int ArticleId { get; init; }
    public bool IsSource { get; init; }
    public int ItemId { get; init; }
}

internal sealed class RelatedFrequencyRow
{
    public bool IsSource { get; init; }
    public int ItemId { get; init; }
    public int Articles { get; init; }
}

internal sealed class RelatedPairRow
{
    public int ParentId { get; init; }
    public int CandidateId { get; init; }
    public DateTime? PublishedAt { get; init; }
    public bool SameSection { get; init; }
}

internal sealed class RelatedShareRow
{
    public int ParentId { get; init; }
    public int CandidateId { get; init; }
    public DateTime? PublishedAt { get; init; }
    public bool SameSection { get; init; }
    public bool IsSource { get; init; }
    public int ItemId { get; init; }
}

// What the hand-written FTS5 statement returns, mapped by column name.
internal sealed class RankedHitRow
{
    public int Id { get; init; }
    public double Score { get; init; }
}

internal sealed record RelatedArticleRow(int Id, string Title, string Slug, DateTime? PublishedAt);
