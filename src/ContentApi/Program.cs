using ContentApi.Api;
using ContentApi.Data;
using ContentApi.Related;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddContentData(builder.Configuration);
builder.Services.AddContentGraphQL(builder.Configuration);
builder.Services.AddRelatedArticles(builder.Configuration);

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

app.MapContentGraphQL();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests and benchmarks.</summary>
public partial class Program;
