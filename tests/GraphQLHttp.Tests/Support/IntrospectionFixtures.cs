namespace GraphQLHttp.Tests;

/// <summary>The introspection queries real tools send, committed under <c>Fixtures/Introspection</c>.</summary>
internal static class IntrospectionFixtures
{
    public static IEnumerable<object[]> Names()
        => Directory.EnumerateFiles(Folder, "*.graphql").Select(Path.GetFileNameWithoutExtension).Order().Select(name => new object[] { name! });

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name + ".graphql"));

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Introspection");
}
