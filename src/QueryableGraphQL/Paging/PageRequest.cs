namespace QueryableGraphQL.Paging;

/// <summary>A validated page request: how many rows, which direction, and the decoded cursor it starts from.</summary>
public sealed record PageRequest(int Size, bool Forward, object?[]? Cursor);
