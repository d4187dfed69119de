namespace ContentApi.Editorial;

/// <summary>An expected reason a write was refused; it travels in the mutation payload's <c>errors</c>.</summary>
public abstract record EditorialError(string Message);
