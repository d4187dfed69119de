using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphQLHttp;

/// <summary>
/// Enforces GraphQL.NET's role metadata (<c>AuthorizeWithRoles</c>) before anything runs: a field, the type that
/// declares it (a whole root type such as <c>Mutation</c>) or an argument that names roles needs a caller in one of
/// them; otherwise the operation is refused with <c>UNAUTHORIZED</c> and executes nothing. It runs on cached
/// documents too, since the caller changes from request to request.
/// </summary>
internal sealed class RoleValidationRule : ValidationRuleBase
{
    public static readonly RoleValidationRule Instance = new();

    private static readonly INodeVisitor Visitor = new NodeVisitors(
        new MatchingNodeVisitor<GraphQLField>((field, context) =>
        {
            if ((Refuses(context.TypeInfo.GetParentType(), context.User) ?? Refuses(context.TypeInfo.GetFieldDef(), context.User)) is { } roles)
            {
                Report(context, field, $"Field '{field.Name.StringValue}'", roles);
            }
        }),
        new MatchingNodeVisitor<GraphQLArgument>((argument, context) =>
        {
            if (Refuses(context.TypeInfo.GetArgument(), context.User) is { } roles)
            {
                Report(context, argument, $"Argument '{argument.Name.StringValue}'", roles);
            }
        }));

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    /// <summary>The roles <paramref name="element"/> asks for when <paramref name="user"/> has none of them, else null.</summary>
    private static List<string>? Refuses(IMetadataReader? element, ClaimsPrincipal? user)
    {
        var roles = element?.GetRoles();
        return roles is { Count: > 0 } && !roles.Any(role => user?.IsInRole(role) == true) ? roles : null;
    }

    private static void Report(ValidationContext context, ASTNode node, string what, List<string> roles) =>
        context.ReportError(new GraphQLLimitError(context, GraphQLErrorCodes.Unauthorized,
            $"{what} needs the role '{string.Join("' or '", roles)}': send a bearer token that grants it.", node));
}
