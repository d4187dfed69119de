using Microsoft.Extensions.Configuration;

namespace ContentApi.Benchmarks.Baseline;

/// <summary>The score's constants, read from the same <c>Related:*</c> keys the API reads, with the same defaults.</summary>
internal sealed record RelatedOptions(double RecencyDays, double WindowDays, double SourceWeight)
{
    public static RelatedOptions From(IConfiguration configuration) => new(
        configuration.GetValue("Related:RecencyDays", 30.0),
        configuration.GetValue("Related:WindowDays", 365.0),
        configuration.GetValue("Related:SourceWeight", 2.0));
}
