using StackExchange.Redis;

namespace ContentApi.Caching;

public static class ContentCachingRegistration
{
    public const string RedisConnectionStringName = "Redis";

    /// <summary>
    /// What instances share (the APQ registrations) goes through <c>IDistributedCache</c>: Redis when
    /// <c>ConnectionStrings:Redis</c> is set, this process's memory otherwise.
    /// </summary>
    public static IServiceCollection AddContentCaching(this IServiceCollection services, IConfiguration configuration)
    {
        if (RedisOptions(configuration) is { } redis)
        {
            services.AddStackExchangeRedisCache(options =>
            {
                options.ConfigurationOptions = redis;
                options.InstanceName = "contentapi:";
            });
        }
        else
        {
            services.AddDistributedMemoryCache();
        }

        return services;
    }

    /// <summary>
    /// The StackExchange.Redis options of <c>ConnectionStrings:Redis</c>, or null when it is not set. An instance must
    /// start and answer while Redis is down, so by default it does not wait for Redis at start, fails commands at once
    /// while disconnected instead of queueing them, and gives up after a second; the connection string can override
    /// the timeouts.
    /// </summary>
    public static ConfigurationOptions? RedisOptions(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(RedisConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null;
        }

        var options = ConfigurationOptions.Parse("connectTimeout=1000,syncTimeout=1000,asyncTimeout=1000," + connectionString);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return options;
    }
}
