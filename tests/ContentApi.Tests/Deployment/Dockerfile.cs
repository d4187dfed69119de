using System.Text.RegularExpressions;

namespace ContentApi.Tests.Deployment;

/// <summary>
/// The instructions of a Dockerfile, grouped by stage, with continuation lines joined and comments dropped: enough to
/// check its rules where no container engine runs.
/// </summary>
internal sealed partial record Dockerfile(IReadOnlyList<Dockerfile.Stage> Stages)
{
    public sealed record Instruction(string Keyword, string Arguments);

    public sealed record Stage(string Image, string? Name, IReadOnlyList<Instruction> Instructions)
    {
        public IEnumerable<string> All(string keyword) =>
            Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);
    }

    public static Dockerfile Parse(string text)
    {
        var stages = new List<Stage>();
        foreach (var (keyword, arguments) in Instructions(text))
        {
            if (keyword == "FROM")
            {
                var from = FromPattern().Match(arguments);
                stages.Add(new Stage(from.Groups["image"].Value, from.Groups["name"].Success ? from.Groups["name"].Value : null, []));
            }
            else
            {
                var current = stages[^1];
                stages[^1] = current with { Instructions = [.. current.Instructions, new Instruction(keyword, arguments)] };
            }
        }

        return new Dockerfile(stages);
    }

    private static IEnumerable<(string Keyword, string Arguments)> Instructions(string text)
    {
        var pending = "";
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }

            pending += " " + line.TrimEnd('\\').Trim();
            if (line.EndsWith('\\'))
            {
                continue;
            }

            var joined = pending.Trim();
            pending = "";
            var space = joined.IndexOf(' ');
            yield return (joined[..space].ToUpperInvariant(), Regex.Replace(joined[(space + 1)..], "\\s+", " "));
        }
    }

    [GeneratedRegex("^(?:--\\S+ )*(?<image>\\S+)(?: AS (?<name>\\S+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex FromPattern();
}
