namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>
/// What a case requires beyond the checks every response gets (no 5xx, within budget, no internal detail, coded
/// errors): a rejection (a 4xx or GraphQL errors), particular statuses or codes, success, or its own deadline.
/// </summary>
internal sealed record CaseExpectation
{
    public static CaseExpectation Any { get; } = new();

    public static CaseExpectation Rejected { get; } = new() { MustReject = true };

    public static CaseExpectation Succeeds { get; } = new() { MustSucceed = true };

    public bool MustReject { get; init; }

    public bool MustSucceed { get; init; }

    /// <summary>When not empty, the response status must be one of these.</summary>
    public IReadOnlyList<int> Statuses { get; init; } = [];

    /// <summary>When not empty, some error must carry one of these codes.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>A slow client: the server's own body timeout replaces the per-request budget.</summary>
    public bool SlowClient { get; init; }

    public static CaseExpectation Status(params int[] statuses) => new() { MustReject = true, Statuses = statuses };

    public static CaseExpectation Code(params string[] codes) => new() { MustReject = true, Codes = codes };

    public override string ToString()
    {
        var parts = new List<string>();
        if (MustReject) parts.Add("rejected");
        if (MustSucceed) parts.Add("succeeds");
        if (Statuses.Count > 0) parts.Add("status " + string.Join('|', Statuses));
        if (Codes.Count > 0) parts.Add("code " + string.Join('|', Codes));
        if (SlowClient) parts.Add("within the slow-client deadline");
        return parts.Count == 0 ? "any non-5xx" : string.Join(", ", parts);
    }
}
