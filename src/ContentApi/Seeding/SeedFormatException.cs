namespace ContentApi.Seeding;

/// <summary>A seed file that cannot be imported. The message names the file and the problem.</summary>
public sealed class SeedFormatException(string file, string problem)
    : Exception($"Seed file '{file}' is invalid: {problem}")
{
    public string File { get; } = file;
    public string Problem { get; } = problem;
}
