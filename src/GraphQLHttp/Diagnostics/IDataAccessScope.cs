namespace GraphQLHttp;

/// <summary>The statements a data layer ran within one <see cref="IDataAccessRecorder.BeginRequest"/> scope.</summary>
public interface IDataAccessScope : IDisposable
{
    int Statements { get; }

    TimeSpan Duration { get; }
}
