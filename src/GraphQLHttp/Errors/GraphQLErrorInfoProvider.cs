using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace GraphQLHttp;

/// <summary>
/// Shapes every error as <c>{ message, locations, path, extensions: { code } }</c> with the codes of
/// <see cref="GraphQLErrorCodes"/>. Codes set deliberately by resolvers pass through unchanged.
/// </summary>
internal sealed class GraphQLErrorInfoProvider(bool exposeExceptionDetails) : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var extensions = new Dictionary<string, object?>();
        var message = executionError.Message;
        switch (executionError)
        {
            case SyntaxError:
                extensions["code"] = GraphQLErrorCodes.ParseFailed;
                break;
            case GraphQLLimitError limit:
                extensions["code"] = limit.Code;
                break;
            case NoIntrospectionError:
                extensions["code"] = GraphQLErrorCodes.IntrospectionDisabled;
                break;
            case ComplexityError:
                extensions["code"] = GraphQLErrorCodes.Complexity;
                break;
            case ValidationError validation:
                extensions["code"] = GraphQLErrorCodes.ValidationFailed;
                extensions["rule"] = validation.Code;
                if (validation.Number is not null)
                {
                    extensions["specSection"] = validation.Number;
                }

                break;
            case UnhandledError unhandled:
                extensions["code"] = GraphQLErrorCodes.Internal;
                message = "An unexpected error occurred.";
                if (unhandled.InnerException is CorrelatedException correlated)
                {
                    extensions["correlationId"] = correlated.CorrelationId;
                    if (exposeExceptionDetails)
                    {
                        extensions["details"] = correlated.InnerException?.ToString();
                    }
                }

                break;
            default:
                extensions["code"] = executionError.Code ?? GraphQLErrorCodes.ExecutionFailed;
                if (executionError.Data["correlationId"] is string transportCorrelationId)
                {
                    extensions["correlationId"] = transportCorrelationId;
                }

                break;
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }
}
