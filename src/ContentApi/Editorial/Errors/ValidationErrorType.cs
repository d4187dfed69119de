using GraphQL.Types;

namespace ContentApi.Editorial;

public sealed class ValidationErrorType : ObjectGraphType<InvalidInput>
{
    public ValidationErrorType()
    {
        Name = "ValidationError";
        Description = "An input field breaks a rule (required, format, length, a reference that must exist).";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is InvalidInput;
        Field(e => e.Message).Description("A sentence saying what went wrong and what to do.");
        Field(e => e.Field).Description("Path of the field in the input, such as 'title' or 'paragraphs[2]'.");
    }
}
