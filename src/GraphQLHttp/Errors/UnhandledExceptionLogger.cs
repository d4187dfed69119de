using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphQLHttp;

/// <summary>
/// Logs each unhandled resolver exception under a fresh correlation id and replaces it with a
/// <see cref="CorrelatedException"/>, so the client sees only the id (code INTERNAL).
/// </summary>
internal static class UnhandledExceptionLogger
{
    public static void Handle(UnhandledExceptionContext context)
    {
        var options = context.ExecutionOptions;
        var correlationId = Guid.NewGuid().ToString("N");
        var logger = options.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("GraphQLHttp.UnhandledException");
        logger?.LogError(context.OriginalException,
            "Unhandled exception in GraphQL operation {OperationName} at {Path}; correlation id {CorrelationId}",
            options.OperationName, context.FieldContext?.Path is { } path ? string.Join('.', path) : "(document)", correlationId);
        context.Exception = new CorrelatedException(correlationId, context.OriginalException);
        context.ErrorMessage = "An unexpected error occurred.";
    }
}
