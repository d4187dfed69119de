using ContentApi.AbuseCorpus.Corpus;
using ContentApi.AbuseCorpus.Running;

namespace ContentApi.AbuseCorpus.Tests.Running;

public sealed class ResponseCheckerTests
{
    private static readonly AbuseCase Rejected = new("syntax", "broken-document", "test", Requests.Raw("x"), CaseExpectation.Code("GRAPHQL_PARSE_FAILED"));

    [Fact]
    public void A_fast_coded_rejection_passes()
    {
        var observed = new Observation(400, 12, """{"errors":[{"message":"Syntax error","extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""", "application/graphql-response+json", null);

        Assert.Empty(ResponseChecker.Check(Rejected, observed, 1000));
    }

    [Theory]
    [InlineData(500, 12, """{"errors":[{"message":"x","extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""", "status 500")]
    [InlineData(400, 1500, """{"errors":[{"message":"x","extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""", "took 1500 ms")]
    [InlineData(400, 12, """{"errors":[{"message":"x"}]}""", "without extensions.code")]
    [InlineData(200, 12, """{"errors":[{"message":"x","extensions":{"code":"INTERNAL"}}]}""", "INTERNAL")]
    [InlineData(200, 12, """{"errors":[{"message":"x","extensions":{"code":"GRAPHQL_PARSE_FAILED","details":"System.InvalidOperationException: boom\n   at GraphQL.Foo.Bar()"}}]}""", "internal detail")]
    [InlineData(200, 12, """{"errors":[{"message":"SQLite Error 1: 'near \"SELECT\"'","extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""", "internal detail")]
    [InlineData(200, 12, """{"data":{"a":1}}""", "expected GRAPHQL_PARSE_FAILED")]
    [InlineData(429, 12, """{"errors":[{"message":"x","extensions":{"code":"RATE_LIMITED"}}]}""", "rate limited")]
    public void Each_broken_rule_is_reported(int status, double ms, string body, string expected)
    {
        var failures = ResponseChecker.Check(Rejected, new Observation(status, ms, body, "application/json", null), 1000);

        Assert.Contains(failures, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void No_response_is_a_failure()
    {
        var failures = ResponseChecker.Check(Rejected, new Observation(null, 2000, "", null, "no complete response within 2000 ms"), 1000);

        Assert.Equal(["no complete response within 2000 ms"], failures);
    }
}
