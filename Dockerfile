# Multi-stage build of the API. The build stage needs Node.js: the Banana Cake Pop IDE comes from npm at build time.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /repo
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
COPY seeds/ seeds/
RUN dotnet publish src/ContentApi/ContentApi.csproj -c Release -o /app

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
ENTRYPOINT ["dotnet", "ContentApi.dll"]
