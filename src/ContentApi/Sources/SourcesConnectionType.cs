using QueryableGraphQL.Paging;

namespace ContentApi.Sources;

public sealed class SourcesConnectionType() : ConnectionGraphType<QuotedSourceType, QuotedSource>("Sources", "quoted sources");
