using System.Security.Cryptography;
using System.Text;

namespace GraphQLHttp;

/// <summary>The lower-case hex SHA-256 of a query's UTF-8 text, as Apollo APQ and trusted documents define it.</summary>
internal static class QueryHash
{
    public static string Sha256Hex(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
