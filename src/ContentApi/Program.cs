using ContentApi.Api;
using ContentApi.Auth;
using ContentApi.Caching;
using ContentApi.Data;
using ContentApi.Editorial;
using ContentApi.Health;
using ContentApi.Hosting;
using ContentApi.Related;
using ContentApi.Search;
using ContentApi.Telemetry;

if (args is [HealthProbeCommand.Name, ..])
{
    return await HealthProbeCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
if (!builder.HasCursorSigningKey() || !builder.HasUsableJwtSettings())
{
    return 1;
}

builder.Services.AddContentData(builder.Configuration);
builder.Services.AddContentGraphQL(builder.Configuration);
builder.Services.AddEditorAuthentication(builder.Configuration);
builder.Services.AddEditorial();
builder.Services.AddRelatedArticles(builder.Configuration);
builder.Services.AddArticleSearch(builder.Configuration);
builder.Services.AddContentCaching(builder.Configuration);
builder.Services.AddContentHealthChecks(builder.Configuration);
builder.Services.AddContentTelemetry(builder.Configuration);

var app = builder.Build();

if (await app.RunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

if (!await app.InitializeContentDatabaseAsync())
{
    return 1;
}

app.MapContentHealthChecks();
app.MapContentGraphQL();
app.LogListeningAddresses(ContentEndpointRegistration.GraphQLPath);
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests and benchmarks.</summary>
public partial class Program;
