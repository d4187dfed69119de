namespace QueryableGraphQL.Filtering;

/// <summary>Applies an identifier field's id parser to the operands of <c>eq</c>, <c>neq</c>, <c>in</c> and <c>nin</c>.</summary>
internal static class IdOperations
{
    public static IDictionary<string, object?>? Parse(IDictionary<string, object?>? operations, Func<string, object?>? parseId)
    {
        if (operations is null || parseId is null)
        {
            return operations;
        }

        return operations.ToDictionary(
            operation => operation.Key,
            operation => operation.Key is "in" or "nin" && operation.Value is not null
                ? FilterExpressionBuilder.Items(operation.Value).Select(id => ParseOne(id, parseId)).ToArray()
                : ParseOne(operation.Value, parseId));
    }

    private static object? ParseOne(object? id, Func<string, object?> parseId) => id switch
    {
        null => null,
        string text => parseId(text),
        _ => parseId(Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture)!),
    };
}
