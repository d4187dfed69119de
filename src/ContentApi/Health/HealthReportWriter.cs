using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ContentApi.Health;

/// <summary>The JSON body of the health endpoints: the overall status and each check with its own.</summary>
internal static class HealthReportWriter
{
    private const int MaxDescription = 160;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                description = entry.Value.Description ?? Summary(entry.Value.Exception),
                durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }

    // Client libraries append connection dumps to their messages; the first sentence says what failed, the log the rest.
    private static string? Summary(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }

        var message = exception.Message.Split(" - ", 2)[0].Split(';', 2)[0].Trim();
        return message.Length <= MaxDescription ? message : message[..MaxDescription] + "…";
    }
}
