using ContentApi.Auth;
using ContentApi.Data;
using ContentApi.Editorial;
using ContentApi.Tests.Support;
using System.Net.Http.Headers;

namespace ContentApi.Tests.Editorial;

/// <summary>The real host with <c>Auth:Jwt:SigningKey</c> set, so tests can act as editors with tokens it accepts.</summary>
public class EditorialApiFactory : ContentApiFactory
{
    public const string SigningKey = "contentapi-tests-jwt-signing-key-0123456789";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Auth:Jwt:SigningKey"] = SigningKey,
    };

    /// <summary>A client sending an editor token for <paramref name="subject"/>.</summary>
    public HttpClient EditorClient(string subject = "test-editor") =>
        WithToken(EditorToken.Create(SigningKey, subject, TimeSpan.FromHours(1), TimeProvider.System));

    public HttpClient WithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary><see cref="EditorialApiFactory"/> on a fresh PostgreSQL database.</summary>
public sealed class PostgreSqlEditorialApiFactory : EditorialApiFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
