using System.Text.Json;

namespace GraphQLHttp.Tests;

/// <summary>A response read back for assertions: status, headers and the parsed JSON body.</summary>
internal sealed record GraphQLResponse(HttpResponseMessage Message, JsonElement Body)
{
    public int Status => (int)Message.StatusCode;

    public string? MediaType => Message.Content.Headers.ContentType?.MediaType;

    public string? FirstErrorCode => Body.TryGetProperty("errors", out var errors)
        ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
        : null;

    public bool HasErrors => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out _);

    public static async Task<GraphQLResponse> ReadAsync(Task<HttpResponseMessage> sending)
    {
        var message = await sending;
        var text = await message.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new GraphQLResponse(message, body);
    }
}
