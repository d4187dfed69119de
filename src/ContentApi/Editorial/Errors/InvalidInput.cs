namespace ContentApi.Editorial;

/// <summary>One input field that breaks a rule; <see cref="Field"/> is its path in the input, such as <c>paragraphs[2]</c>.</summary>
public sealed record InvalidInput(string Field, string Problem) : EditorialError($"{Field}: {Problem}");
