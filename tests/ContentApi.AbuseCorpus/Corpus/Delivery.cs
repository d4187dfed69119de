namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>How a request reaches the server.</summary>
internal enum Delivery
{
    /// <summary>Through <see cref="System.Net.Http.HttpClient"/>, which only sends well-formed HTTP.</summary>
    Http,

    /// <summary>The bytes of <see cref="CaseRequest.Body"/> written to a socket as they are: malformed HTTP.</summary>
    Raw,

    /// <summary>Raw bytes whose tail is written one byte at a time: a slow client.</summary>
    Trickle,
}
