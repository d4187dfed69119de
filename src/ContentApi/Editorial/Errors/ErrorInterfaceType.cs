using GraphQL.Types;

namespace ContentApi.Editorial;

public sealed class ErrorInterfaceType : InterfaceGraphType<EditorialError>
{
    public ErrorInterfaceType()
    {
        Name = "Error";
        Description = "Why a mutation changed nothing. Every mutation's error union holds types implementing it.";
        Field(e => e.Message).Description("A sentence saying what went wrong and what to do.");
    }
}
