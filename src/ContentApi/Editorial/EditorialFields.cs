using ContentApi.Auth;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using QueryableGraphQL.Projection;

namespace ContentApi.Editorial;

/// <summary>The editor-only parts of the read schema: the audit field and the preview argument.</summary>
public static class EditorialFields
{
    public const string PreviewArgumentName = "preview";

    /// <summary><c>audit: Audit</c>, refused with UNAUTHORIZED to anyone but editors.</summary>
    public static void AddAuditField<T>(this ObjectGraphType<T> type) where T : IAudited =>
        type.Field<AuditType>("audit")
            .Description("Who created and last wrote it, and when. Editors only: others get UNAUTHORIZED.")
            .AuthorizeWithRoles(JwtAuthOptions.EditorRole)
            .Projects(nameof(IAudited.CreatedAt), nameof(IAudited.CreatedBy), nameof(IAudited.ModifiedAt), nameof(IAudited.ModifiedBy))
            .Resolve(context => context.Source);

    /// <summary><c>preview: Boolean = false</c>: editors see drafts too; passing it without the role is UNAUTHORIZED.</summary>
    public static FieldBuilder<TSource, TReturn> PreviewArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<BooleanGraphType>(PreviewArgumentName, "Editors only: true includes drafts. The response is then private and never cached.",
            argument =>
            {
                argument.DefaultValue = false;
                argument.AuthorizeWithRoles(JwtAuthOptions.EditorRole);
            });

    /// <summary>
    /// Whether this field lies under a root field that sees drafts: any mutation (editors only), or a root field
    /// given <c>preview: true</c>. Loaders below such a field read through <see cref="DraftsVisibleContexts"/>.
    /// </summary>
    public static bool SeesDrafts(this IResolveFieldContext context)
    {
        var root = context;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return root.Operation.Operation == GraphQLParser.AST.OperationType.Mutation
            || (root.FieldDefinition.Arguments?.Find(PreviewArgumentName) is not null && root.GetArgument<bool>(PreviewArgumentName));
    }
}
