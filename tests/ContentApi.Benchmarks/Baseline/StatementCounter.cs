using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentApi.Benchmarks.Baseline;

/// <summary>
/// Counts the SQL statements of each request and reports them the way the API does
/// (<c>Server-Timing: db;desc="N statements"</c>), so the harness reads both arms alike.
/// </summary>
internal sealed class StatementCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<StrongBox<int>?> Current = new();

    public static IApplicationBuilder UseStatementCount(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var count = new StrongBox<int>();
        Current.Value = count;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["Server-Timing"] = $"db;desc=\"{count.Value} statements\"";
            return Task.CompletedTask;
        });
        await next(context);
    });

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private static void Count()
    {
        if (Current.Value is { } count)
        {
            Interlocked.Increment(ref count.Value);
        }
    }
}
