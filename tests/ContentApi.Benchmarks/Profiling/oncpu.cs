// A file-based app, not part of the benchmark project (its csproj removes Profiling/** from Compile):
//   dotnet run tests/ContentApi.Benchmarks/Profiling/oncpu.cs -- <perf-script.txt> <requests> [sample Hz]
// Reads `perf script -F ip,sym,dso` output of `perf record -e cpu-clock -g`, taken of a server started with
// DOTNET_PerfMapEnabled=1 and DOTNET_EnableWriteXorExecute=0 (so perf names JIT-compiled methods), and charges each
// sample to the component of its innermost frame that belongs to one: SQLite's native code, the ADO.NET provider,
// EF Core, GraphQL.NET, our libraries, ASP.NET Core. Unlike the EventPipe sampler behind summarize.cs, perf samples
// only threads that are running on a core, so the shares are CPU; divided by the requests served during the
// recording they give milliseconds of CPU per request, comparable between the two arms.
using System.Text.RegularExpressions;

var samples = File.ReadAllText(args[0]).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
var requests = double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
var hertz = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 499;
var byComponent = new Dictionary<string, int>();
foreach (var sample in samples)
{
    var frames = sample.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    var component = frames.Select(Components.Of).FirstOrDefault(c => c is not null) ?? "Runtime, GC, kernel, libc";
    byComponent[component] = byComponent.GetValueOrDefault(component) + 1;
}

var total = byComponent.Values.Sum();
var msPerRequest = total * 1000 / hertz / requests;
Console.WriteLine($"{total:N0} samples, {requests:N0} requests: {msPerRequest:F3} ms of CPU per request");
foreach (var (component, count) in byComponent.OrderByDescending(c => c.Value))
{
    Console.WriteLine($"{100.0 * count / total,6:F1} %  {msPerRequest * count / total,7:F3} ms  {component}");
}

internal static partial class Components
{
    /// <summary>The component a frame belongs to, by its native library or its managed assembly; null for the runtime's own.</summary>
    public static string? Of(string frame)
    {
        if (frame.Contains("libe_sqlite3", StringComparison.Ordinal))
        {
            return "SQLite (native)";
        }

        var assembly = Assembly().Match(frame);
        if (!assembly.Success)
        {
            return frame.Contains("libclrjit", StringComparison.Ordinal) ? "JIT compiler" : null;
        }

        var name = assembly.Groups[1].Value;
        return name switch
        {
            _ when name.StartsWith("SQLitePCL", StringComparison.Ordinal) || name == "Microsoft.Data.Sqlite" => "Microsoft.Data.Sqlite (managed)",
            _ when name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) => "EF Core",
            "GraphQL" or "GraphQLParser" or "GraphQL.SystemTextJson" => "GraphQL.NET",
            "QueryableGraphQL" => "QueryableGraphQL",
            "GraphQLHttp" => "GraphQLHttp",
            "System.Linq.Expressions" => "System.Linq.Expressions (building trees)",
            _ when name.StartsWith("System.Text.Json", StringComparison.Ordinal) => "System.Text.Json",
            _ when name.StartsWith("ContentApi", StringComparison.Ordinal) => "ContentApi (or arm B's endpoints)",
            _ when name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || name.StartsWith("Microsoft.Extensions", StringComparison.Ordinal) => "ASP.NET Core",
            _ => null,
        };
    }

    // perf-<pid>.map names a method "<return> [Assembly] Namespace.Type::Method(…)".
    [GeneratedRegex(@"\[([A-Za-z0-9_.]+)\] ")]
    private static partial Regex Assembly();
}
