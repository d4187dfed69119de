namespace ContentApi.Search;

/// <summary>Configuration section <c>Search</c>: the field weights of the ranking, the query limits and the cost of a search.</summary>
public sealed record SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>Weight of a match in the title. Weights are between 0 (exclusive) and 1, as PostgreSQL's ranking takes them.</summary>
    public double TitleWeight { get; init; } = 1.0;

    /// <summary>Weight of a match in the summary (standfirst).</summary>
    public double SummaryWeight { get; init; } = 0.5;

    /// <summary>Weight of a match in the body or in a quote's text.</summary>
    public double BodyWeight { get; init; } = 0.2;

    /// <summary>Weight of a match in the name of a quoted source.</summary>
    public double SourceWeight { get; init; } = 0.3;

    /// <summary>What a search adds to an operation's cost, on top of one unit per selected field and item.</summary>
    public double Cost { get; init; } = 200;

    /// <summary>Longest query text, in UTF-16 code units.</summary>
    public int MaxQueryLength { get; init; } = 500;

    /// <summary>Most words in one query: each one is an index lookup.</summary>
    public int MaxQueryWords { get; init; } = 32;

    /// <summary>How many words a highlight shows around the matched ones.</summary>
    public int SnippetWords { get; init; } = 24;

    /// <summary>Reads the section; a missing section or key keeps the default.</summary>
    public static SearchOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(SectionName).Get<SearchOptions>() ?? new SearchOptions();
        double[] weights = [options.TitleWeight, options.SummaryWeight, options.BodyWeight, options.SourceWeight];
        if (weights.Any(w => w is <= 0 or > 1) || options.Cost < 0 || options.MaxQueryLength < 1 || options.MaxQueryWords < 1 || options.SnippetWords < 1)
        {
            throw new InvalidOperationException(
                $"'{SectionName}' needs weights in (0, 1], Cost >= 0, and MaxQueryLength, MaxQueryWords and SnippetWords of at least 1; got {options}.");
        }

        return options;
    }
}
