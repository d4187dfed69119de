using ContentApi.Auth;
using System.Net;
using System.Net.Http.Headers;
using ContentApi.Editorial;
using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using System.Security.Claims;
using System.Text;

namespace ContentApi.Tests.Editorial;

/// <summary>Without the editor role nothing is written: no token, a bad token, a token of another role or signer.</summary>
public sealed class UnauthorizedWriteTests(EditorialApiFactory factory) : IClassFixture<EditorialApiFactory>
{
    public static TheoryData<string> Callers() => ["anonymous", "expired", "wrong-key", "reader-role", "garbage"];

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task A_mutation_without_the_editor_role_is_UNAUTHORIZED_and_writes_nothing(string caller)
    {
        var client = ClientFor(caller);
        var before = await ContentVersionAsync();

        var response = await client.SendGraphQLAsync(Mutations.CreateArticle("unauthorized-" + caller));

        Assert.Equal(["UNAUTHORIZED"], response.ErrorCodes.Distinct());
        Assert.Null(response.Json["data"]);
        await using var db = ContentDatabase.Open(factory.Services);
        Assert.False(await db.Articles.IgnoreQueryFilters().AnyAsync(a => a.Slug == "unauthorized-" + caller));
        Assert.Equal(before, await ContentVersionAsync());
    }

    [Fact]
    public async Task Even_a_bare_typename_mutation_is_refused_and_answered_400_to_graphql_response_clients()
    {
        var response = await factory.CreateClient().SendGraphQLAsync("mutation { __typename }", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["UNAUTHORIZED"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("{ articles(preview: true) { totalCount } }")]
    [InlineData("{ article(slug: \"x\", preview: false) { slug } }")]
    [InlineData("{ articles(first: 1) { nodes { audit { createdBy } } } }")]
    [InlineData("{ topics(first: 1) { nodes { audit { createdBy } } } }")]
    public async Task Previews_and_audit_fields_are_for_editors_only(string query)
    {
        var response = await factory.CreateClient().SendGraphQLAsync(query);

        Assert.Equal(["UNAUTHORIZED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Queries_stay_public_and_an_editor_response_is_private()
    {
        var anonymous = await factory.CreateClient().GetAsync("/graphql?query=%7Barticles%7BtotalCount%7D%7D");
        var editor = await factory.EditorClient().GetAsync("/graphql?query=%7Barticles(preview%3Atrue)%7BtotalCount%7D%7D");

        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.True(anonymous.Headers.CacheControl!.Public);
        Assert.Equal((true, true), (editor.Headers.CacheControl!.Private, editor.Headers.CacheControl.NoStore));
        Assert.Null(editor.Headers.ETag);
    }

    private HttpClient ClientFor(string caller)
    {
        var now = DateTime.UtcNow;
        return caller switch
        {
            "anonymous" => factory.CreateClient(),
            "expired" => factory.WithToken(Token(EditorialApiFactory.SigningKey, JwtAuthOptions.EditorRole, now.AddHours(-2), now.AddHours(-1))),
            "wrong-key" => factory.WithToken(Token("another-signing-key-that-is-long-enough-0123", JwtAuthOptions.EditorRole, now, now.AddHours(1))),
            "reader-role" => factory.WithToken(Token(EditorialApiFactory.SigningKey, "reader", now, now.AddHours(1))),
            _ => factory.WithToken("not.a.token"),
        };
    }

    private static string Token(string key, string role, DateTime notBefore, DateTime expires) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = JwtAuthOptions.SelfIssuer,
        Audience = JwtAuthOptions.SelfIssuer,
        Subject = new ClaimsIdentity([new Claim("sub", "mallory"), new Claim("role", role)]),
        IssuedAt = notBefore,
        NotBefore = notBefore,
        Expires = expires,
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
    });

    private async Task<long> ContentVersionAsync()
    {
        await using var db = ContentDatabase.Open(factory.Services);
        return await db.Set<ContentApi.Related.ContentVersion>().Select(v => v.Version).SingleAsync();
    }
}
