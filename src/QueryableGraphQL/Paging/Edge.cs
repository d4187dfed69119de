namespace QueryableGraphQL.Paging;

public sealed record Edge<T>(string Cursor, T Node);
