using System.Collections;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace QueryableGraphQL.Limits;

/// <summary>
/// Refuses oversized lists and filter texts (INPUT_TOO_LARGE) once literals and variables are coerced, before
/// cost analysis and long before any SQL: a 10,000-item <c>in</c> would otherwise become a 10,000-parameter
/// statement, and a 50 kB <c>startsWith</c> a pattern the database refuses. Runs for cached documents too, since
/// their variables change with every request.
/// </summary>
internal sealed class InputSizeValidationRule(ArgumentLimitsOptions limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        foreach (var (field, arguments) in context.ArgumentValues ?? new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>())
        {
            foreach (var (name, argument) in arguments)
            {
                Check(context, field, name, argument.Value, insideObject: false);
            }
        }

        return default;
    }

    private void Check(ValidationContext context, GraphQLField field, string argument, object? value, bool insideObject)
    {
        switch (value)
        {
            case string text when insideObject && text.Length > limits.MaxFilterTextLength:
                throw Refuse(context, field, $"A text in '{argument}' of '{field.Name.StringValue}' has {text.Length} characters; the maximum is {limits.MaxFilterTextLength}.");
            case IDictionary<string, object?> fields:
                foreach (var nested in fields.Values)
                {
                    Check(context, field, argument, nested, insideObject: true);
                }

                break;
            case IEnumerable items and not string:
                var count = 0;
                foreach (var item in items)
                {
                    if (++count > limits.MaxListItems)
                    {
                        throw Refuse(context, field, $"A list in '{argument}' of '{field.Name.StringValue}' has more than {limits.MaxListItems} items. Split the request.");
                    }

                    Check(context, field, argument, item, insideObject);
                }

                break;
        }
    }

    private static InputTooLargeError Refuse(ValidationContext context, GraphQLField field, string message)
    {
        var error = new InputTooLargeError(message);
        error.AddLocation(field, context.Document);
        return error;
    }
}
