using QueryableGraphQL.Diagnostics;

namespace QueryableGraphQL.Tests.Diagnostics;

public sealed class SqlCommandRecorderTests
{
    [Fact]
    public async Task Recorder_scope_counts_the_sql_statements_of_its_flow()
    {
        var recorder = new SqlCommandRecorder();
        var runner = new TestSqlRunner(recorder);

        using (var log = recorder.BeginScope())
        {
            await runner.RunTwoStatementsAsync(CancellationToken.None);
            Assert.Equal(2, log.Count);
            Assert.Contains("SELECT 1 AS Value", log.CommandTexts[0]);
            Assert.True(log.Duration >= TimeSpan.Zero);
        }

        Assert.Null(recorder.Current);
    }

    [Fact]
    public async Task Nested_scopes_both_see_the_statements()
    {
        var recorder = new SqlCommandRecorder();
        using var outer = recorder.BeginScope();
        using (var inner = recorder.BeginScope())
        {
            await new TestSqlRunner(recorder).RunTwoStatementsAsync(CancellationToken.None);
            Assert.Equal(2, inner.Count);
        }

        Assert.Equal(2, outer.Count);
        Assert.Same(outer, recorder.Current);
    }
}
