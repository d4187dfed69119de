using GraphQL;

namespace GraphQLHttp;

/// <summary>
/// A document refused by a limit checked while it is built, before validation; its <c>Code</c> is the limit's own
/// error code. Thrown by the document builder, so the executor reports it like a syntax error.
/// </summary>
internal sealed class DocumentLimitError : ExecutionError
{
    public DocumentLimitError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
