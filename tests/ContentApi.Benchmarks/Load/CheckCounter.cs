namespace ContentApi.Benchmarks.Load;

/// <summary>The pass/fail checks of a run (equality, and wrk runs without errors); never a timing.</summary>
internal sealed class CheckCounter
{
    public int Passed { get; private set; }
    public int Failed { get; private set; }

    public bool Check(bool ok, string description)
    {
        if (ok)
        {
            Passed++;
        }
        else
        {
            Failed++;
        }

        Console.WriteLine($"{(ok ? "PASS" : "FAIL")} {description}");
        return ok;
    }
}
