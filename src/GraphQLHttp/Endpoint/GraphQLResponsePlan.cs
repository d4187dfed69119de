namespace GraphQLHttp;

/// <summary>How a result goes out: its status, media type and, when above zero, its public cache lifetime.</summary>
internal sealed record GraphQLResponsePlan(int StatusCode, string MediaType, int MaxAgeSeconds);
