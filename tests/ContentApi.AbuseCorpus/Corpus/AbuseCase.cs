namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>
/// One generated request and what a hardened server must answer to it. <see cref="Kind"/> names the attack
/// (the same for all its variants), <see cref="Detail"/> the variant.
/// </summary>
internal sealed record AbuseCase(string Category, string Kind, string Detail, CaseRequest Request, CaseExpectation Expect)
{
    public string Name => $"{Kind} [{Detail}]";
}
