using System.Linq.Expressions;

namespace ContentApi.Articles;

/// <summary>
/// The date-window predicate of the candidate statements, as a range on the candidate's publication time so the
/// (Status, PublishedAt) index serves it. The width may differ per parent and is sent as parameters, so one
/// cached query shape serves every batch of the same size.
/// </summary>
internal static class RelatedWindow
{
    /// <summary>The same width for every parent.</summary>
    public static Expression<Func<RelatedPairing, bool>> Uniform(double days) =>
        Build(_ => Parameter(days));

    /// <summary>A width per parent id: <c>CASE parent.Id WHEN … THEN days … END</c>.</summary>
    public static Expression<Func<RelatedPairing, bool>> PerParent(IReadOnlyDictionary<int, double> days) =>
        Build(parentId => days.Aggregate(
            (Expression)Expression.Constant(0.0),
            (otherwise, entry) => Expression.Condition(Expression.Equal(parentId, Parameter(entry.Key)), Parameter(entry.Value), otherwise)));

    /// <summary>Widths are whole days: SQL Server's DATEADD truncates fractions, and callers re-check the exact window.</summary>
    private static Expression<Func<RelatedPairing, bool>> Build(Func<Expression, Expression> daysFor)
    {
        var pairing = Expression.Parameter(typeof(RelatedPairing), "pairing");
        var parent = Expression.Property(pairing, nameof(RelatedPairing.Parent));
        var candidate = Expression.Property(pairing, nameof(RelatedPairing.Candidate));
        var days = daysFor(Expression.Property(parent, nameof(Article.Id)));
        var parentTime = Expression.Property(Expression.Property(parent, nameof(Article.PublishedAt)), nameof(Nullable<DateTime>.Value));
        var candidateTime = Expression.Property(candidate, nameof(Article.PublishedAt));
        var addDays = typeof(DateTime).GetMethod(nameof(DateTime.AddDays))!;
        var from = Expression.Convert(Expression.Call(parentTime, addDays, Expression.Negate(days)), typeof(DateTime?));
        var to = Expression.Convert(Expression.Call(parentTime, addDays, days), typeof(DateTime?));
        var within = Expression.AndAlso(Expression.GreaterThanOrEqual(candidateTime, from), Expression.LessThanOrEqual(candidateTime, to));
        return Expression.Lambda<Func<RelatedPairing, bool>>(within, pairing);
    }

    /// <summary>A closure-like member access, which EF Core sends as a SQL parameter instead of inlining a literal.</summary>
    private static Expression Parameter<T>(T value) =>
        Expression.Property(Expression.Constant(new Box<T>(value)), nameof(Box<T>.Value));

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }
}
