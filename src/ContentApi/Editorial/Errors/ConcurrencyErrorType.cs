using GraphQL.Types;

namespace ContentApi.Editorial;

public sealed class ConcurrencyErrorType : ObjectGraphType<VersionConflict>
{
    public ConcurrencyErrorType()
    {
        Name = "ConcurrencyError";
        Description = "The article changed since the version given. Nothing was written, and the newer data stays.";
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is VersionConflict;
        Field(e => e.Message).Description("A sentence saying what went wrong and what to do.");
        Field(e => e.CurrentVersion).Description("The article's version now; read it again before retrying.");
    }
}
