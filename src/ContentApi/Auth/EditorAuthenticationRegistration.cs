using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.IdentityModel.Tokens;

namespace ContentApi.Auth;

public static class EditorAuthenticationRegistration
{
    /// <summary>
    /// Bearer authentication for editors. Without <c>Auth:Jwt</c> settings no token is accepted, so every mutation
    /// is refused; queries stay public either way.
    /// </summary>
    public static IServiceCollection AddEditorAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection(JwtAuthOptions.SectionName).Get<JwtAuthOptions>() ?? new JwtAuthOptions();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = JwtAuthOptions.SubjectClaim;
            options.TokenValidationParameters.RoleClaimType = JwtAuthOptions.RoleClaim;
            if (!string.IsNullOrEmpty(jwt.SigningKey))
            {
                options.TokenValidationParameters.ValidIssuer = JwtAuthOptions.SelfIssuer;
                options.TokenValidationParameters.ValidAudience = JwtAuthOptions.SelfIssuer;
                options.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey));
                options.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            }
            else
            {
                // Compose files pass unset keys as empty strings.
                options.Authority = string.IsNullOrEmpty(jwt.Authority) ? null : jwt.Authority;
                options.Audience = string.IsNullOrEmpty(jwt.Audience) ? null : jwt.Audience;
            }
        });
        // Without this, data protection writes an unencrypted key ring into each instance's home folder on first
        // start, with a warning.
        services.Configure<KeyManagementOptions>(options =>
        {
            options.XmlRepository = new InMemoryKeyRepository();
            options.XmlEncryptor = new NullXmlEncryptor();
        });
        return services;
    }
}
