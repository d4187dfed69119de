using QueryableGraphQL.Paging;

namespace ContentApi.Topics;

public sealed class TopicsConnectionType() : ConnectionGraphType<TopicType, Topic>("Topics", "topics");
