using GraphQL.Types;

namespace ContentApi.Editorial;

public sealed class NotFoundErrorType : ObjectGraphType<NotFound>
{
    public NotFoundErrorType()
    {
        Name = "NotFoundError";
        Description = "Nothing exists with the id given (or it is of another type).";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is NotFound;
        Field(e => e.Message).Description("A sentence saying what went wrong and what to do.");
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id that was not found.");
    }
}
