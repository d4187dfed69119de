using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ContentApi.Auth;

/// <summary>
/// <c>token [subject] [hours]</c>: prints an HS256 editor token signed with <c>Auth:Jwt:SigningKey</c>, for local use
/// and scripts against a self-hosted deployment. With an identity provider, get tokens from it instead.
/// </summary>
public static class EditorToken
{
    public const string DefaultSubject = "local-editor";
    public const int DefaultHours = 8;

    public static string Create(string signingKey, string subject, TimeSpan lifetime, TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = JwtAuthOptions.SelfIssuer,
            Audience = JwtAuthOptions.SelfIssuer,
            Subject = new ClaimsIdentity([
                new Claim(JwtAuthOptions.SubjectClaim, subject),
                new Claim(JwtAuthOptions.RoleClaim, JwtAuthOptions.EditorRole),
            ]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Prints the token, or says on standard error why it cannot, and returns the exit code.</summary>
    public static int Print(IConfiguration configuration, IReadOnlyList<string> arguments)
    {
        var key = configuration.GetSection(JwtAuthOptions.SectionName).Get<JwtAuthOptions>()?.SigningKey;
        if (key is not { Length: >= JwtAuthOptions.MinimumSigningKeyLength })
        {
            Console.Error.WriteLine($"token: set Auth:Jwt:SigningKey to a secret of at least {JwtAuthOptions.MinimumSigningKeyLength} characters (the one the server uses).");
            return 1;
        }

        var positional = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            if (!arguments[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arguments[i]);
            }
            else if (!arguments[i].Contains('='))
            {
                i++; // "--Key value": the value belongs to the configuration.
            }
        }

        var subject = positional.Count > 0 ? positional[0] : DefaultSubject;
        var hours = positional.Count > 1 && int.TryParse(positional[1], out var h) && h > 0 ? h : DefaultHours;
        Console.WriteLine(Create(key, subject, TimeSpan.FromHours(hours), TimeProvider.System));
        return 0;
    }
}
