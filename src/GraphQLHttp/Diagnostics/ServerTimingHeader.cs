using System.Globalization;

namespace GraphQLHttp;

/// <summary>Formats the Server-Timing header that browsers' developer tools show next to each request.</summary>
internal static class ServerTimingHeader
{
    public const string Name = "Server-Timing";

    public static string Format(IDataAccessScope dataAccess, TimeSpan execution)
    {
        var statements = dataAccess.Statements == 1 ? "1 statement" : $"{dataAccess.Statements} statements";
        return string.Create(CultureInfo.InvariantCulture,
            $"db;dur={dataAccess.Duration.TotalMilliseconds:0.0};desc=\"{statements}\", gql;dur={execution.TotalMilliseconds:0.0}");
    }
}
