using System.Diagnostics;
using ContentApi.AbuseCorpus.Corpus;

namespace ContentApi.AbuseCorpus.Running;

/// <summary>
/// Sends the corpus with bounded concurrency; slow clients run alongside on their own. Each case goes out on the
/// client address its position assigns, so no address exceeds its share. Past the run's deadline, cases are not
/// sent and count as failed.
/// </summary>
internal sealed class CorpusRunner(CorpusOptions options, ClientPool pool)
{
    public async Task<IReadOnlyList<CaseResult>> RunAsync(IReadOnlyList<AbuseCase> cases)
    {
        var results = new CaseResult[cases.Count];
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(options.MaxSeconds);
        var slow = Enumerable.Range(0, cases.Count).Where(i => cases[i].Request.Delivery == Delivery.Trickle)
            .Select(async i => results[i] = await RunAsync(cases[i], i).ConfigureAwait(false)).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency };
        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count).Where(i => cases[i].Request.Delivery != Delivery.Trickle), parallel, async (i, _) =>
        {
            results[i] = clock.Elapsed > deadline
                ? new(cases[i], new(null, 0, "", null, null), [$"not sent: the run passed its {options.MaxSeconds} s deadline"])
                : await RunAsync(cases[i], i).ConfigureAwait(false);
        }).ConfigureAwait(false);
        await Task.WhenAll(slow).ConfigureAwait(false);
        return results;
    }

    private async Task<CaseResult> RunAsync(AbuseCase @case, int index)
    {
        var budget = @case.Expect.SlowClient ? options.SlowClientMs : options.BudgetMs;
        // Waiting a little past the budget tells "slow" from "hangs" in the report, without letting one case stall the run.
        var timeout = TimeSpan.FromMilliseconds(budget + Math.Min(budget, 2000));
        var client = 1 + index / options.PerClient;
        var observed = @case.Request.Delivery == Delivery.Http
            ? await HttpCaseSender.SendAsync(pool.Http(client), @case.Request, timeout).ConfigureAwait(false)
            : await RawCaseSender.SendAsync(pool, client, @case.Request, timeout).ConfigureAwait(false);
        return new(@case, observed, ResponseChecker.Check(@case, observed, budget));
    }
}
