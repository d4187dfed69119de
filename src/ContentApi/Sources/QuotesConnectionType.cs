using QueryableGraphQL.Paging;

namespace ContentApi.Sources;

public sealed class QuotesConnectionType() : ConnectionGraphType<QuoteType, Quote>("Quotes", "quotes");
