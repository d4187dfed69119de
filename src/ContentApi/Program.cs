using ContentApi.Api;
using ContentApi.Caching;
using ContentApi.Data;
using ContentApi.Health;
using ContentApi.Hosting;
using ContentApi.Related;
using ContentApi.Telemetry;

if (args is [HealthProbeCommand.Name, ..])
{
    return await HealthProbeCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
if (CursorSigningKey.Check(builder.Configuration, builder.Environment) is { } refusal)
{
    Console.Error.WriteLine($"Start-up stopped: {refusal}");
    return 1;
}

builder.Services.AddContentData(builder.Configuration);
builder.Services.AddContentGraphQL(builder.Configuration);
builder.Services.AddRelatedArticles(builder.Configuration);
builder.Services.AddContentCaching(builder.Configuration);
builder.Services.AddContentHealthChecks(builder.Configuration);
builder.Services.AddContentTelemetry(builder.Configuration);

var app = builder.Build();

if (args is ["schema", "export", ..])
{
    await SchemaSdl.ExportAsync(app.Services, args.Length > 2 ? Path.GetFullPath(args[2]) : null);
    return 0;
}

if (!await app.InitializeContentDatabaseAsync())
{
    return 1;
}

app.MapContentHealthChecks();
app.MapContentGraphQL();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests and benchmarks.</summary>
public partial class Program;
