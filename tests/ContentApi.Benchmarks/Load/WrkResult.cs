namespace ContentApi.Benchmarks.Load;

/// <summary>The summary line <c>load/request.lua</c> prints at the end of a wrk run.</summary>
internal sealed record WrkResult(
    long Requests, long DurationUs, long Bytes, long P50Us, long P99Us, double MeanUs,
    long ConnectErrors, long ReadErrors, long WriteErrors, long StatusErrors, long Timeouts)
{
    public double RequestsPerSecond => DurationUs > 0 ? Requests * 1e6 / DurationUs : 0;

    public long Errors => ConnectErrors + ReadErrors + WriteErrors + StatusErrors + Timeouts;
}
