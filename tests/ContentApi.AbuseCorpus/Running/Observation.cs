namespace ContentApi.AbuseCorpus.Running;

/// <summary>What came back for one request: the status (null when none came), the time, the body, or the client error.</summary>
internal sealed record Observation(int? Status, double ElapsedMs, string Body, string? ContentType, string? Error);
