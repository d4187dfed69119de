using System.Linq.Expressions;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Sorting;

namespace QueryableGraphQL.Tests.Paging;

/// <summary>A row with one sort key of every value type a cursor must carry, nullable ones included.</summary>
public sealed class CursorSample
{
    public int Int { get; set; }
    public long Long { get; set; }
    public string Text { get; set; } = "";
    public bool Flag { get; set; }
    public double Real { get; set; }
    public decimal Money { get; set; }
    public Guid Guid { get; set; }
    public DateTime At { get; set; }
    public CursorColour Colour { get; set; }
    public int? MaybeInt { get; set; }
    public string? MaybeText { get; set; }
    public DateTime? MaybeAt { get; set; }
    public CursorColour? MaybeColour { get; set; }
    public int Id { get; set; }

    public static KeysetOrdering Ordering { get; } = KeysetOrdering.Create(
        [
            Key("int", s => s.Int), Key("long", s => s.Long), Key("text", s => s.Text), Key("flag", s => s.Flag),
            Key("real", s => s.Real), Key("money", s => s.Money), Key("guid", s => s.Guid), Key("at", s => s.At),
            Key("colour", s => s.Colour), Key("maybeInt", s => s.MaybeInt), Key("maybeText", s => s.MaybeText),
            Key("maybeAt", s => s.MaybeAt), Key("maybeColour", s => s.MaybeColour),
        ],
        [],
        (CursorSample s) => s.Id);

    private static SortKey Key<TValue>(string path, Expression<Func<CursorSample, TValue>> selector) => new(path, selector, false);
}

public enum CursorColour
{
    Red,
    Green,
    Blue,
}
