using Serilog;
using Serilog.Formatting.Compact;

namespace Distribution.Host.Setup;

/// <summary>Serilog: console and a daily rolling file (plain or JSON), enriched with the log context (correlation id).</summary>
internal static class SerilogSetup
{
    public static void AddHubLogging(this WebApplicationBuilder builder)
    {
        var filePath = builder.Configuration["Logging:File:Path"] ?? "logs/hub-.log";
        var json = builder.Configuration.GetValue<bool>("Logging:File:Json");
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Application", "DistributionHub")
                .WriteTo.Console(outputTemplate:
                    "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}");
            var path = Path.GetFullPath(filePath, builder.Environment.ContentRootPath);
            if (json)
            {
                logger.WriteTo.File(new CompactJsonFormatter(), path, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
            }
            else
            {
                logger.WriteTo.File(path, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14,
                    outputTemplate: "{Timestamp:o} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}");
            }
        });
    }
}
