using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Distribution.Host.Setup;

/// <summary>
/// The design card puts <c>appsettings.json</c> at the repository root; the build links it next to the host's
/// binaries. When the content root (the project folder under <c>dotnet run</c>) has no copy, read the one beside the
/// binaries instead, keeping its place among the sources so environment variables and arguments still override it.
/// </summary>
internal static class RootAppSettings
{
    public static void UseRootAppSettings(this WebApplicationBuilder builder)
    {
        var sources = builder.Configuration.Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource { Path: "appsettings.json" } json
                && !File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json"))
                && File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")))
            {
                sources[i] = new JsonConfigurationSource
                {
                    Path = "appsettings.json",
                    Optional = false,
                    ReloadOnChange = json.ReloadOnChange,
                    FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
                };
            }
        }
    }
}
