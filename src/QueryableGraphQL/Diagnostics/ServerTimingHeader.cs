using System.Globalization;

namespace QueryableGraphQL.Diagnostics;

/// <summary>Formats the Server-Timing header that browsers' developer tools show next to each request.</summary>
public static class ServerTimingHeader
{
    public const string Name = "Server-Timing";

    public static string Format(SqlCommandLog sql, TimeSpan execution)
    {
        var statements = sql.Count == 1 ? "1 statement" : $"{sql.Count} statements";
        return string.Create(CultureInfo.InvariantCulture,
            $"db;dur={sql.Duration.TotalMilliseconds:0.0};desc=\"{statements}\", gql;dur={execution.TotalMilliseconds:0.0}");
    }
}
