namespace QueryableGraphQL.Tests.Fixtures;

public enum BookStatus
{
    Draft,
    Published,
    OutOfPrint,
}
