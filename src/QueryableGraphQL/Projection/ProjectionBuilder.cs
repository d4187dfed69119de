using System.Collections.Concurrent;
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
    /// <summary>Selection shapes kept; a client that sends more distinct ones gets them built each time.</summary>
    private const int MaxShapes = 4096;

    // One tree per model, type and member set: building it was a few KB per list per request, and EF Core compares a
    // query it has seen faster when the subtrees are the very same objects.
    private static readonly ConcurrentDictionary<(IModel Model, Type Type, string Members), LambdaExpression> Built = new();

    public static Expression<Func<T, T>> Build<T>(IModel model, IEnumerable<string> members)
    {
        var wanted = members.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var key = (model, typeof(T), string.Join(',', wanted));
        if (Built.TryGetValue(key, out var cached))
        {
            return (Expression<Func<T, T>>)cached;
        }

        var entity = model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity of this model.");
        var row = Expression.Parameter(typeof(T), "row");
        var built = Expression.Lambda<Func<T, T>>(Init(entity, row, wanted), row);
        if (Built.Count < MaxShapes)
        {
            Built.TryAdd(key, built);
        }

        return built;
    }

    /// <summary>
    /// <c>new T { … }</c> of <paramref name="source"/>'s readable members; a <c>Navigation.Member</c> path reads that
    /// to-one navigation in the same statement (null when the row has none).
    /// </summary>
    private static MemberInitExpression Init(IEntityType entity, Expression source, IEnumerable<string> members)
    {
        var type = entity.ClrType;
        var wanted = new HashSet<string>(members, StringComparer.Ordinal);
        wanted.UnionWith(entity.FindPrimaryKey()!.Properties.Select(p => p.Name));
        var bindings = wanted
            .Where(name => !name.Contains('.') && IsReadable(entity, name))
            .Order(StringComparer.Ordinal)
            .Select(name => type.GetProperty(name)!)
            .Where(property => property.CanWrite)
            .Select(property => (MemberBinding)Expression.Bind(property, Expression.Property(source, property)))
            .Concat(wanted
                .Where(name => name.Contains('.'))
                .GroupBy(name => name[..name.IndexOf('.')], name => name[(name.IndexOf('.') + 1)..], StringComparer.Ordinal)
                .Where(navigation => entity.FindNavigation(navigation.Key) is { IsCollection: false } found && !found.TargetEntityType.IsOwned())
                .OrderBy(navigation => navigation.Key, StringComparer.Ordinal)
                .Select(navigation => Reference(entity.FindNavigation(navigation.Key)!, source, navigation)));
        return Expression.MemberInit(Expression.New(type), bindings);
    }

    private static MemberBinding Reference(INavigation navigation, Expression source, IEnumerable<string> members)
    {
        var property = navigation.PropertyInfo!;
        var value = Expression.Property(source, property);
        return Expression.Bind(property, Expression.Condition(
            Expression.Equal(value, Expression.Constant(null, property.PropertyType)),
            Expression.Constant(null, property.PropertyType),
            Init(navigation.TargetEntityType, value, members)));
    }

    /// <summary>The projection for the object the current field returns, from that field's own selection.</summary>
    public static Expression<Func<T, T>> ForSelection<T>(IResolveFieldContext context)
    {
        var model = (context.RequestServices ?? throw new InvalidOperationException("Request services are required to project.")).GetRequiredService<IModel>();
        var type = (IComplexGraphType)context.FieldDefinition.ResolvedType!.GetNamedType();
        return Build<T>(model, SelectionCollector.MembersFor(context, type, [[]]));
    }

    /// <summary>
    /// Columns and owned values can be projected; navigations to other entities are the loaders' job, unless a field
    /// asks for one in its parent's statement (<see cref="ProjectionMetadata.ProjectsNavigation"/>).
    /// </summary>
    private static bool IsReadable(IEntityType entity, string member) =>
        entity.FindProperty(member) is { } property && !property.IsShadowProperty()
        || entity.FindNavigation(member) is { TargetEntityType: { } target } && target.IsOwned();
}
