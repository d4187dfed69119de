namespace ContentApi.Benchmarks.Load;

/// <summary>
/// One page a front end asks for: the GraphQL document arm A gets, the hand-written endpoint arm B gets, and
/// whether it is drawn on the scaling chart.
/// </summary>
internal sealed record Scenario(
    string Name, string Description, string Query, Func<CorpusFacts, object?> Variables, Func<CorpusFacts, string> BaselinePath, bool Scales);
