namespace ContentApi.Editorial;

/// <summary>What a write returns: the changed object, or the errors that stopped it (and then nothing was written).</summary>
public sealed record EditResult(object? Value, IReadOnlyList<EditorialError>? Errors)
{
    public static EditResult Done(object? value) => new(value, null);

    public static EditResult Refused(params IReadOnlyList<EditorialError> errors) => new(null, errors);

    public bool Succeeded => Errors is null;
}
