namespace ContentApi.Related;

/// <summary>Configuration section <c>Related</c>: the constants of the related-articles score and how fresh its index stays.</summary>
public sealed record RelatedArticleOptions
{
    public const string SectionName = "Related";

    /// <summary>Time constant of the recency factor exp(-days / RecencyDays).</summary>
    public double RecencyDays { get; init; } = 30;

    /// <summary>Dated articles further apart than this are never related.</summary>
    public double WindowDays { get; init; } = 365;

    /// <summary>How much a shared quoted source counts compared with a shared topic.</summary>
    public double SourceWeight { get; init; } = 2;

    /// <summary>
    /// How long an instance uses its related index before it looks at the content version again: the bound on
    /// how late it sees a write made by another instance. Writes on the same instance are seen at once.
    /// </summary>
    public double RefreshSeconds { get; init; } = 5;

    /// <summary>Reads the section; a missing section or key keeps the default.</summary>
    public static RelatedArticleOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(SectionName).Get<RelatedArticleOptions>() ?? new RelatedArticleOptions();
        if (options.RecencyDays <= 0 || options.WindowDays < 0 || options.SourceWeight < 0 || options.RefreshSeconds < 0)
        {
            throw new InvalidOperationException(
                $"'{SectionName}' needs RecencyDays > 0, WindowDays >= 0 and SourceWeight >= 0 and RefreshSeconds >= 0; got {options}.");
        }

        return options;
    }
}
