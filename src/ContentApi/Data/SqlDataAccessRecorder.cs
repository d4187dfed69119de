using GraphQLHttp;
using QueryableGraphQL.Diagnostics;

namespace ContentApi.Data;

/// <summary>Lets the endpoint's Server-Timing header and request log count the SQL that EF Core ran for a request.</summary>
internal sealed class SqlDataAccessRecorder(SqlCommandRecorder recorder) : IDataAccessRecorder
{
    public IDataAccessScope BeginRequest() => new Scope(recorder.BeginScope());

    private sealed class Scope(SqlCommandLog log) : IDataAccessScope
    {
        public int Statements => log.Count;

        public TimeSpan Duration => log.Duration;

        public void Dispose() => log.Dispose();
    }
}
