using System.Globalization;
using System.Text;
using GraphQL;

namespace QueryableGraphQL.Relay;

/// <summary>Opaque Relay ids: base64 of <c>TypeName:key</c>.</summary>
public static class GlobalId
{
    /// <summary>Written on the stack, so a page of ids allocates one string per id.</summary>
    public static string Encode(string typeName, int key)
    {
        Span<byte> text = stackalloc byte[128];
        if (Encoding.UTF8.TryGetBytes(typeName, text, out var length) && length < text.Length
            && key.TryFormat(text[(length + 1)..], out var digits, provider: CultureInfo.InvariantCulture))
        {
            text[length] = (byte)':';
            return Convert.ToBase64String(text[..(length + 1 + digits)]);
        }

        return Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{typeName}:{key}")));
    }

    /// <summary>The type name and integer key of an id, or an <c>INVALID_ID</c> error.</summary>
    public static (string TypeName, int Key) Decode(string id)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
            var separator = text.IndexOf(':');
            if (separator > 0 && int.TryParse(text.AsSpan(separator + 1), out var key))
            {
                return (text[..separator], key);
            }
        }
        catch (FormatException)
        {
            // Falls through to the error below: the id was not base64.
        }

        throw Invalid(id);
    }

    public static ExecutionError Invalid(string id, string? reason = null) =>
        new($"'{id}' is not a valid id. {reason ?? "Use an id returned by this API."}".TrimEnd()) { Code = "INVALID_ID" };
}
