using System.Text.Json;
using ContentApi.AbuseCorpus.Corpus;

namespace ContentApi.AbuseCorpus.Running;

/// <summary>
/// The checks every answer gets (a response came, no 5xx, within budget, no internal detail, every GraphQL error
/// coded and none <c>INTERNAL</c>, no 429 standing in for the real answer) and those the case asks for.
/// </summary>
internal static class ResponseChecker
{
    public static IReadOnlyList<string> Check(AbuseCase @case, Observation observed, int budgetMs)
    {
        var failures = new List<string>();
        if (observed.Status is not { } status)
        {
            failures.Add(observed.Error ?? "no response");
            return failures;
        }

        var expect = @case.Expect;
        if (status >= 500) failures.Add($"status {status}");
        if (observed.ElapsedMs > budgetMs) failures.Add($"took {observed.ElapsedMs:0} ms, budget {budgetMs} ms");
        if (status == 429 && !expect.Statuses.Contains(429)) failures.Add("rate limited (429): the case never reached the API; raise --per-client headroom or the server's limit");
        if (LeakScanner.Find(observed.Body) is { } leak) failures.Add("internal detail in body: " + leak);

        var (codes, hasErrors, hasData, bodyProblem) = ReadGraphQL(observed);
        if (bodyProblem is not null) failures.Add(bodyProblem);
        if (codes.Contains("INTERNAL")) failures.Add("INTERNAL error for a client mistake");
        if (expect.Statuses.Count > 0 && !expect.Statuses.Contains(status)) failures.Add($"status {status}, expected {string.Join(" or ", expect.Statuses)}");
        if (expect.Codes.Count > 0 && !codes.Any(expect.Codes.Contains))
        {
            failures.Add($"codes [{string.Join(", ", codes)}], expected {string.Join(" or ", expect.Codes)}");
        }

        if (expect.MustReject && status is < 400 or >= 500 && !hasErrors) failures.Add($"accepted (status {status}, no errors), expected a rejection");
        if (expect.MustSucceed && (status != 200 || hasErrors || !hasData)) failures.Add($"expected data without errors, got status {status}{(hasErrors ? " with errors" : "")}");
        return failures;
    }

    private static (List<string> Codes, bool HasErrors, bool HasData, string? Problem) ReadGraphQL(Observation observed)
    {
        var codes = new List<string>();
        var isJson = observed.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
        if (observed.Body.Length == 0)
        {
            return (codes, false, false, isJson ? "empty body declared as JSON" : null);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(observed.Body, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException)
        {
            var truncated = observed.Body.Length >= HttpCaseSender.MaxBodyBytes;
            return (codes, false, false, isJson && !truncated ? "body declared as JSON is not JSON" : null);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (codes, false, false, isJson ? "JSON body is not a GraphQL response object" : null);
            }

            var hasData = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object;
            if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
            {
                return (codes, false, hasData, observed.Status >= 400 ? "a 4xx JSON body without GraphQL errors" : null);
            }

            string? problem = null;
            foreach (var error in errors.EnumerateArray())
            {
                if (error.ValueKind == JsonValueKind.Object
                    && error.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
                    && extensions.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && code.GetString() is { Length: > 0 } text)
                {
                    codes.Add(text);
                }
                else
                {
                    problem ??= "a GraphQL error without extensions.code: " + Excerpt(error.GetRawText());
                }
            }

            return (codes.Distinct().ToList(), errors.GetArrayLength() > 0, hasData, problem);
        }
    }

    public static string Excerpt(string text, int length = 200)
    {
        if (text.Length > length)
        {
            // Never cut a surrogate pair in two: half a character cannot be written as UTF-8.
            text = text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)] + "…";
        }

        return text.ReplaceLineEndings(" ");
    }
}
