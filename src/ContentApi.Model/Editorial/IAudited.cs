namespace ContentApi.Editorial;

/// <summary>
/// Who wrote a row and when, stamped by every write path (mutations, seed import, <c>import</c>, synthetic corpus).
/// These are bookkeeping times, distinct from an article's own <c>PublishedAt</c>/<c>UpdatedAt</c>, which come
/// from its text. Null on rows written before the audit columns existed.
/// </summary>
public interface IAudited
{
    /// <summary>UTC.</summary>
    DateTime? CreatedAt { get; set; }

    /// <summary>The subject (<c>sub</c> claim) of the editor, or the name of the bulk path, that created the row.</summary>
    string? CreatedBy { get; set; }

    /// <summary>UTC.</summary>
    DateTime? ModifiedAt { get; set; }

    string? ModifiedBy { get; set; }
}
