namespace GraphQLHttp;

/// <summary>
/// The host's data layer, as seen by the endpoint: what it did while one request ran, for the <c>Server-Timing</c>
/// header and the request log. Without a registration the endpoint reports no statements.
/// </summary>
public interface IDataAccessRecorder
{
    /// <summary>Starts counting the current async flow's statements until the returned scope is disposed.</summary>
    IDataAccessScope BeginRequest();
}
