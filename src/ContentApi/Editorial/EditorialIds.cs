using QueryableGraphQL.Relay;

namespace ContentApi.Editorial;

internal static class EditorialIds
{
    /// <summary>The key of a global id of <paramref name="typeName"/>, or null for an id of another type (not found).</summary>
    public static int? Key(string id, string typeName)
    {
        var (type, key) = GlobalId.Decode(id);
        return type == typeName ? key : null;
    }
}
