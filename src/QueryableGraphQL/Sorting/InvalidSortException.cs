using GraphQL;

namespace QueryableGraphQL.Sorting;

/// <summary>An <c>order</c> argument whose elements do not each name exactly one field; reported as <c>INVALID_SORT</c>.</summary>
internal sealed class InvalidSortException : ExecutionError
{
    public const string ErrorCode = "INVALID_SORT";

    public InvalidSortException(string message)
        : base(message)
    {
        Code = ErrorCode;
    }
}
