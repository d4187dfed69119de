// A file-based app, not part of the benchmark project (its csproj removes Profiling/** from Compile):
//   dotnet run tests/ContentApi.Benchmarks/Profiling/summarize.cs -- <trace.nettrace> [frame substring]
// Reads a dotnet-trace file taken with CPU samples (dotnet-sampled-thread-time) and allocation ticks (gc-verbose)
// and attributes every sample and every allocated byte to the first stage of a request its stack passes through,
// innermost frame first, so "SQL" is time inside SQLite even when EF Core called it from a resolver.
// Bytes are divided by the requests ASP.NET Core finished during the trace (its Microsoft.AspNetCore.Hosting
// RequestStop events, which the harness enables). CPU is given as shares of the samples: the sampler sees
// threads in managed code whether or not a core runs them, so multiply by the process's CPU time per request
// (dotnet-counters) for microseconds. With a frame substring, it also prints the commonest stacks through that
// frame (what called it).
// The repository pins versions centrally; this script names its own.
#:property ManagePackageVersionsCentrally=false
#:package Microsoft.Diagnostics.Tracing.TraceEvent@3.1.21
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

var tracePath = args[0];
var through = args.Length > 1 ? args[1] : null;
double requests = 0;
var throughStacks = new Dictionary<string, double>();
using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(tracePath));
var source = log.Events.GetSource();
var cpu = new Dictionary<string, double>();
var bytes = new Dictionary<string, double>();
var cpuFrames = new Dictionary<string, double>();
var allocTypes = new Dictionary<string, double>();
var allocFrames = new Dictionary<string, double>();
double samples = 0, allocated = 0;

source.Clr.GCAllocationTick += tick =>
{
    var stack = tick.CallStack();
    var stage = Stages.Of(stack);
    if (through is not null && Stages.Path(stack, through) is { } path)
    {
        Add(throughStacks, "alloc " + path, tick.AllocationAmount64);
    }

    Add(bytes, stage, tick.AllocationAmount64);
    Add(allocTypes, $"{tick.TypeName} [{stage}]", tick.AllocationAmount64);
    Add(allocFrames, Stages.FirstOwnFrame(stack), tick.AllocationAmount64);
    allocated += tick.AllocationAmount64;
};
source.AllEvents += data =>
{
    if (data.ProviderName == "Microsoft.AspNetCore.Hosting" && data.EventName.Replace("/", "", StringComparison.Ordinal) == "RequestStop")
    {
        requests++;
        return;
    }

    // Managed samples run managed code; external ones are native frames, which count only inside SQLite
    // (the rest are threads waiting on a socket or a lock).
    if (data.ProviderName != "Microsoft-DotNETCore-SampleProfiler" || data.EventName != "Thread/Sample")
    {
        return;
    }

    var stack = data.CallStack();
    var managed = (int)data.PayloadValue(0) == 2;
    var stage = Stages.Of(stack);
    if (!managed && stage != Stages.Sql)
    {
        return;
    }

    if (Stages.IsGcWait(stack))
    {
        stage = "Waiting for a GC (thread suspended at a GC poll)";
    }
    else if (!managed)
    {
        stage += ", native";
    }

    if (through is not null && Stages.Path(stack, through) is { } path)
    {
        Add(throughStacks, "cpu " + path, 1);
    }

    Add(cpu, stage, 1);
    Add(cpuFrames, $"{Stages.Leaf(stack)} [{stage}]", 1);
    samples++;
};
source.Process();

string PerRequest(double value) => requests > 0 ? $"{value / requests / 1024,8:0.0} KB/req" : "";
Console.WriteLine($"Requests finished during the trace: {requests:N0}; allocated per request: {(requests > 0 ? allocated / requests / 1024 : 0):0.0} KB");
Console.WriteLine();
Print("CPU samples (threads in managed code, and in SQLite) by request stage", cpu, samples, _ => "");
Print("Allocated bytes (allocation ticks) by request stage", bytes, allocated, PerRequest);
Print("Top CPU leaf frames", cpuFrames, samples, _ => "", 30);
Print("Top allocated types", allocTypes, allocated, PerRequest, 30);
Print("Top allocating frames (first frame outside the runtime)", allocFrames, allocated, PerRequest, 40);
if (through is not null)
{
    Print($"Stacks through {through} (cpu: samples, alloc: bytes)", throughStacks, throughStacks.Values.Sum(), _ => "", 25);
}

static void Add(Dictionary<string, double> totals, string key, double value) =>
    totals[key] = totals.GetValueOrDefault(key) + value;

static void Print(string title, Dictionary<string, double> totals, double all, Func<double, string> perRequest, int top = 100)
{
    Console.WriteLine($"## {title} (total {all:N0})");
    foreach (var (key, value) in totals.OrderByDescending(pair => pair.Value).Take(top))
    {
        Console.WriteLine($"{value / all,7:P1} {perRequest(value)}  {key}");
    }

    Console.WriteLine();
}

internal static class Stages
{
    public const string Sql = "SQL (SQLite, ADO.NET reader)";

    // Innermost match wins: the first pattern found walking the stack from the leaf outwards names the stage.
    private static readonly (string Stage, string[] Patterns)[] Rules =
    [
        (Sql, ["SQLitePCL.", "Microsoft.Data.Sqlite."]),
        ("EF Core: query cache lookup, parameters, compilation", ["Microsoft.EntityFrameworkCore.Query.", "Microsoft.EntityFrameworkCore.Storage.", "System.Linq.Expressions.", "Microsoft.EntityFrameworkCore.Internal.", "Microsoft.EntityFrameworkCore.Infrastructure."]),
        ("EF Core: context creation and pooling", ["Microsoft.EntityFrameworkCore."]),
        ("Cursors (encode, HMAC)", ["CursorCodec", "System.Security.Cryptography.HMAC"]),
        ("Request model: filters, ordering, projection, selection", ["QueryableGraphQL.Projection.", "QueryableGraphQL.Sorting.", "QueryableGraphQL.Filtering.", "QueryableGraphQL.Paging.KeysetOrdering", "QueryableGraphQL.Paging.PagingArguments", "QueryableGraphQL.Paging.ConnectionRequests", "QueryableGraphQL.Paging.ConnectionRequest", "QueryableGraphQL.Paging.KeysetPhase", "QueryableGraphQL.Paging.OrderingApplier", "QueryableGraphQL.Paging.SeekPredicateBuilder"]),
        ("Loaders and SQL diagnostics", ["QueryableGraphQL.Loading.", "QueryableGraphQL.Diagnostics.", "ContentApi."]),
        ("Serialisation (System.Text.Json writer)", ["GraphQL.SystemTextJson.", "System.Text.Json."]),
        ("Validation and cost analysis", ["GraphQL.Validation.", "GraphQLHttp.CostAndDepthValidationRule", "GraphQLHttp.OperationShapeValidationRule", "QueryableGraphQL.Limits."]),
        ("Parsing and document cache", ["GraphQLParser.", "GraphQLHttp.DocumentCache", "GraphQLHttp.QueryHash", "GraphQLHttp.LimitedDocumentBuilder", "GraphQLHttp.OperationSelector"]),
        ("Field resolution in the engine", ["GraphQL."]),
        ("Request body and transport checks", ["GraphQLHttp.GraphQLHttpRequestReader", "GraphQLHttp.GraphQLRequestParser", "GraphQLHttp.RequestBodyReader", "GraphQLHttp.PersistedQueryResolver"]),
        ("Response writing, ETag", ["GraphQLHttp.GraphQLResponseWriter"]),
        ("Diagnostics: log line, metrics, span, Server-Timing", ["Microsoft.Extensions.Logging.", "System.Diagnostics.Metrics.", "System.Diagnostics.Activity", "GraphQLHttp.GraphQLOperationTelemetry", "GraphQLHttp.GraphQLServerTiming", "GraphQLHttp.ServerTimingHeader", "OpenTelemetry."]),
        ("GraphQL endpoint (other)", ["GraphQLHttp."]),
        ("ASP.NET Core: Kestrel, routing, middleware", ["Microsoft.AspNetCore.", "System.IO.Pipelines.", "System.Net."]),
        ("GC", ["GCHeap", "gc_heap", "WKS::", "SVR::"]),
    ];

    public static string Of(TraceCallStack? stack)
    {
        for (var frame = stack; frame is not null; frame = frame.Caller)
        {
            // The method's own name only: its parameter list names other namespaces' types.
            var name = frame.CodeAddress.FullMethodName.Split('(')[0];
            foreach (var (stage, patterns) in Rules)
            {
                if (patterns.Any(pattern => name.Contains(pattern, StringComparison.Ordinal)))
                {
                    return stage;
                }
            }
        }

        return "Other (runtime, thread pool)";
    }

    public static bool IsGcWait(TraceCallStack? stack) =>
        stack?.CodeAddress.FullMethodName.Contains("PollGC", StringComparison.Ordinal) == true;

    /// <summary>The frames from the one matching <paramref name="through"/> outwards, up to 14, leaf side first.</summary>
    public static string? Path(TraceCallStack? stack, string through)
    {
        var frames = new List<string>();
        for (var frame = stack; frame is not null; frame = frame.Caller)
        {
            frames.Add(frame.CodeAddress.FullMethodName);
        }

        var at = frames.FindIndex(name => name.Contains(through, StringComparison.Ordinal));
        return at < 0 ? null : string.Join("\n      <- ", frames.Skip(Math.Max(0, at - 2)).Take(14).Select(Short));
    }

    private static string Short(string name) => name.Length > 160 ? name[..160] : name;

    public static string Leaf(TraceCallStack? stack) => stack?.CodeAddress.FullMethodName is { Length: > 0 } name ? name : "?";

    /// <summary>The innermost frame that is not the runtime's or the BCL's collections and strings.</summary>
    public static string FirstOwnFrame(TraceCallStack? stack)
    {
        for (var frame = stack; frame is not null; frame = frame.Caller)
        {
            var name = frame.CodeAddress.FullMethodName;
            if (name.Length > 0 && !name.StartsWith("System.", StringComparison.Ordinal) && !name.Contains("!", StringComparison.Ordinal))
            {
                return name;
            }
        }

        return Leaf(stack);
    }
}
