using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace QueryableGraphQL.Projection;

/// <summary>
/// Builds <c>row => new T { Id = row.Id, Title = row.Title, … }</c> with only the mapped members asked for,
/// so SQL reads only the columns a selection needs. Keys are always read: loaders and cursors depend on them.
/// </summary>
public static class ProjectionBuilder
{
    public static Expression<Func<T, T>> Build<T>(IModel model, IEnumerable<string> members)
    {
        var entity = model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of this model.");
        var row = Expression.Parameter(typeof(T), "row");
        var wanted = new HashSet<string>(members, StringComparer.Ordinal);
        wanted.UnionWith(entity.FindPrimaryKey()!.Properties.Select(p => p.Name));
        var bindings = wanted
            .Where(name => IsReadable(entity, name))
            .Order(StringComparer.Ordinal)
            .Select(name => typeof(T).GetProperty(name)!)
            .Where(property => property.CanWrite)
            .Select(property => Expression.Bind(property, Expression.Property(row, property)));
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), row);
    }

    /// <summary>The projection for the object the current field returns, from that field's own selection.</summary>
    public static Expression<Func<T, T>> ForSelection<T>(IResolveFieldContext context)
    {
        var model = (context.RequestServices ?? throw new InvalidOperationException("Request services are required to project.")).GetRequiredService<IModel>();
        var type = (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
        return Build<T>(model, SelectionCollector.MembersFor(context, type, [[]]));
    }

    /// <summary>Columns and owned values can be projected; navigations to other entities are the loaders' job.</summary>
    private static bool IsReadable(IEntityType entity, string member) =>
        entity.FindProperty(member) is { } property && !property.IsShadowProperty()
        || entity.FindNavigation(member) is { TargetEntityType: { } target } && target.IsOwned();
}
