using GraphQL.Types;

namespace ContentApi.Editorial;

public sealed class AuditType : ObjectGraphType<IAudited>
{
    public AuditType()
    {
        Name = "Audit";
        Description = "Who wrote this and when (editors only). Null times: written before audit records were kept.";
        Field(a => a.CreatedAt, nullable: true).Description("When it was created, in UTC.");
        Field(a => a.CreatedBy, nullable: true).Description("Subject of the editor who created it, or the bulk path: 'seed', 'import', 'synthetic'.");
        Field("updatedAt", a => a.ModifiedAt, nullable: true).Description("When it was last written, in UTC; not the article's own updatedAt.");
        Field("updatedBy", a => a.ModifiedBy, nullable: true).Description("Subject of the editor, or the bulk path, that last wrote it.");
    }
}
