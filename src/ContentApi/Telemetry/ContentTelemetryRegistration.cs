using GraphQLHttp;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ContentApi.Telemetry;

public static class ContentTelemetryRegistration
{
    public const string ServiceName = "ContentApi";
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// OpenTelemetry traces (ASP.NET Core, EF Core, one span per GraphQL operation) and metrics (ASP.NET Core and the
    /// GraphQL request duration and errors). Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the
    /// other standard <c>OTEL_*</c> variables apply); otherwise nothing leaves the process.
    /// </summary>
    public static IServiceCollection AddContentTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource(GraphQLHttpTelemetry.Name))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(GraphQLHttpTelemetry.Name));
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
