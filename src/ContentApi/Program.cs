using ContentApi.Api;
using ContentApi.Data;
using ContentApi.Hosting;

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
builder.Services.AddContentData(builder.Configuration);
builder.Services.AddContentGraphQL(builder.Configuration);

var app = builder.Build();

if (await app.RunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

if (!await app.InitializeContentDatabaseAsync())
{
    return 1;
}

app.MapContentGraphQL();
app.LogListeningAddresses(ContentEndpointRegistration.GraphQLPath);
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests and benchmarks.</summary>
public partial class Program;
