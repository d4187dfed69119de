using System.Linq.Expressions;

namespace QueryableGraphQL.Filtering;

/// <summary>Connects one GraphQL filter field to the entity member it constrains.</summary>
/// <param name="Accessor">Entity to member (or navigation) lambda.</param>
/// <param name="NestedFilterType">The element or related entity's filter input type, for objects and lists.</param>
/// <param name="ParseId">For identifiers: turns the client's (possibly opaque, global) id into the key value.</param>
internal sealed record FilterFieldBinding(
    string Name,
    LambdaExpression Accessor,
    FilterOperandKind Kind,
    Type? NestedFilterType = null,
    Type? ElementType = null,
    Func<string, object?>? ParseId = null);
