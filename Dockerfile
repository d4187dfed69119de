# Multi-stage build of the API. The build stage needs Node.js: the Banana Cake Pop IDE comes from npm at build time.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /repo
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
COPY seeds/ seeds/
# Restores exactly the versions in the committed packages.lock.json files of src/; a drifted lock file fails here.
RUN dotnet restore src/ContentApi/ContentApi.csproj --locked-mode
RUN dotnet publish src/ContentApi/ContentApi.csproj -c Release --no-restore -o /app

# The runtime image has ASP.NET Core but no SDK, no compiler and no package manager cache.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# The SQLite default lives on a volume owned by the image's non-root 'app' user.
RUN mkdir -p /data && chown app:app /data
VOLUME /data
ENV Urls=http://+:8080 \
    ConnectionStrings__Content="Data Source=/data/content.db"
USER app
EXPOSE 8080
# The image has no curl: the app's own 'healthcheck' command GETs the liveness endpoint and exits 0 or 1.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["dotnet", "ContentApi.dll", "healthcheck", "http://localhost:8080/health/live"]
ENTRYPOINT ["dotnet", "ContentApi.dll"]
