using GraphQL;

namespace GraphQLHttp;

/// <summary>
/// Keeps the first errors of a document that failed validation and says how many more there were: a hostile document
/// can break a rule thousands of times, and listing each one only makes the response huge.
/// </summary>
internal static class ValidationErrorList
{
    public const int MaxListed = 100;

    public static void Truncate(ExecutionResult result)
    {
        if (result.Executed || result.Errors is not { Count: > MaxListed } errors)
        {
            return;
        }

        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(MaxListed))
        {
            kept.Add(error);
        }

        kept.Add(new ExecutionError($"{errors.Count - MaxListed} more errors were found and are not listed.") { Code = GraphQLErrorCodes.ValidationFailed });
        result.Errors = kept;
    }
}
