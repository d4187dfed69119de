using GraphQL;

namespace QueryableGraphQL.Limits;

/// <summary>
/// A list or text argument beyond <see cref="ArgumentLimitsOptions"/>. It is an execution error, not a validation
/// error, so its own code reaches the client; GraphQL.NET ends the request with it before anything runs.
/// </summary>
internal sealed class InputTooLargeError : ExecutionError
{
    public const string ErrorCode = "INPUT_TOO_LARGE";

    public InputTooLargeError(string message)
        : base(message)
    {
        Code = ErrorCode;
    }
}
