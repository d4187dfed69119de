using ContentApi.AbuseCorpus.Corpus;

namespace ContentApi.AbuseCorpus.Running;

/// <summary>A case, what the server answered, and every check the answer failed.</summary>
internal sealed record CaseResult(AbuseCase Case, Observation Observed, IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;
}
