using System.Diagnostics;
using ContentApi.Tests.Support;
using GraphQLHttp;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ContentApi.Tests.Telemetry;

/// <summary>What the host exports, read with OpenTelemetry's in-memory exporter in place of OTLP.</summary>
public sealed class TelemetryTests : IClassFixture<TelemetryTests.ExportingFactory>
{
    private readonly ExportingFactory _factory;

    public TelemetryTests(ExportingFactory factory) => _factory = factory;

    [Fact]
    public async Task Each_operation_gets_a_span_with_its_name_cost_and_statement_count_under_the_request_span_and_over_the_sql_spans()
    {
        var operation = "Titles" + Guid.NewGuid().ToString("N");
        var response = await _factory.CreateClient().SendGraphQLAsync($"query {operation} {{ articles(first: 2) {{ nodes {{ title topics {{ name }} }} }} }}");
        var statements = int.Parse(response.ServerTiming!.Split("desc=\"")[1].Split(' ')[0]);

        var span = Assert.Single(_factory.Spans(), s => s.Source.Name == GraphQLHttpTelemetry.Name && Equals(s.GetTagItem(GraphQLHttpTelemetry.OperationName), operation));
        Assert.Equal($"query {operation}", span.DisplayName);
        Assert.Equal("query", span.GetTagItem(GraphQLHttpTelemetry.OperationType));
        Assert.True((double)span.GetTagItem(GraphQLHttpTelemetry.OperationCost)! > 0);
        Assert.Equal(statements, span.GetTagItem(GraphQLHttpTelemetry.SqlStatements));
        Assert.True(statements >= 2);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        var spans = _factory.Spans().Where(s => s.TraceId == span.TraceId).ToList();
        Assert.Contains(spans, s => s.SpanId == span.ParentSpanId && s.Source.Name == "Microsoft.AspNetCore");
        Assert.Equal(statements, spans.Count(s => s.ParentSpanId == span.SpanId && s.Source.Name.Contains("EntityFrameworkCore")));
    }

    [Fact]
    public async Task A_failed_operation_carries_its_error_codes_and_counts_them()
    {
        var operation = "Broken" + Guid.NewGuid().ToString("N");

        await _factory.CreateClient().SendGraphQLAsync($"query {operation} {{ articles(first: 500) {{ nodes {{ title }} }} }}");
        _factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var span = Assert.Single(_factory.Spans(), s => Equals(s.GetTagItem(GraphQLHttpTelemetry.OperationName), operation));
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], (string[])span.GetTagItem(GraphQLHttpTelemetry.ErrorCodes)!);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        var errors = _factory.Points(GraphQLHttpTelemetry.Errors, operation);
        Assert.Equal(1, Assert.Single(errors).GetSumLong());
        Assert.Equal("PAGE_SIZE_EXCEEDED", Tag(Assert.Single(errors), GraphQLHttpTelemetry.ErrorCode));
    }

    [Fact]
    public async Task Request_durations_are_recorded_per_operation()
    {
        var operation = "Count" + Guid.NewGuid().ToString("N");
        var client = _factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            await client.DataAsync($"query {operation} {{ articles {{ totalCount }} }}");
        }

        _factory.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var point = Assert.Single(_factory.Points(GraphQLHttpTelemetry.RequestDuration, operation));
        Assert.Equal(3, point.GetHistogramCount());
        Assert.True(point.GetHistogramSum() > 0);
        Assert.Equal("query", Tag(point, GraphQLHttpTelemetry.OperationType));
    }

    [Fact]
    public async Task Without_an_otlp_endpoint_nothing_is_recorded()
    {
        await using var quiet = new ContentApiFactory();
        await quiet.CreateClient().DataAsync("{ articles(first: 1) { nodes { title } } }");

        Assert.Null(quiet.Services.GetService<TracerProvider>());
        Assert.Null(quiet.Services.GetService<MeterProvider>());
    }

    private static object? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value;
            }
        }

        return null;
    }

    public sealed class ExportingFactory : ContentApiFactory
    {
        private readonly List<Activity> _spans = [];
        private readonly List<MetricSnapshot> _metrics = [];

        public IReadOnlyList<Activity> Spans()
        {
            lock (_spans)
            {
                return _spans.ToList();
            }
        }

        /// <summary>The points of one instrument for one operation, from the latest export (cumulative).</summary>
        public IReadOnlyList<MetricPoint> Points(string instrument, string operation)
        {
            lock (_metrics)
            {
                return _metrics.Last(m => m.Name == instrument).MetricPoints
                    .Where(point => Tag(point, GraphQLHttpTelemetry.OperationName) as string == operation)
                    .ToList();
            }
        }

        /// <summary>Telemetry is recorded only with an OTLP endpoint; this one refuses connections, so nothing is sent.</summary>
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(new LockedList<Activity>(_spans)))
                .ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(new LockedList<MetricSnapshot>(_metrics))));
        }
    }
}
