namespace ContentApi.Auth;

/// <summary>
/// <c>Auth:Jwt</c>: either an identity provider (<see cref="Authority"/> and <see cref="Audience"/>), or a shared
/// HS256 <see cref="SigningKey"/> with issuer and audience <see cref="SelfIssuer"/> for self-hosting and tests.
/// </summary>
public sealed class JwtAuthOptions
{
    public const string SectionName = "Auth:Jwt";
    public const string SelfIssuer = "contentapi";
    public const string EditorRole = "editor";
    public const string RoleClaim = "role";
    public const string SubjectClaim = "sub";
    public const int MinimumSigningKeyLength = 32;

    public string? Authority { get; set; }

    public string? Audience { get; set; }

    public string? SigningKey { get; set; }
}
