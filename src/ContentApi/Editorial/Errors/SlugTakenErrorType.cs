using GraphQL.Types;

namespace ContentApi.Editorial;

public sealed class SlugTakenErrorType : ObjectGraphType<SlugTaken>
{
    public SlugTakenErrorType()
    {
        Name = "SlugTakenError";
        Description = "The slug is already used by another article, topic or source.";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is SlugTaken;
        Field(e => e.Message).Description("A sentence saying what went wrong and what to do.");
        Field(e => e.Slug).Description("The slug that is taken.");
    }
}
