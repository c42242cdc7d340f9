namespace Distribution.BuildingBlocks.Infrastructure.Jobs;

/// <summary>The <c>Retention</c> configuration section.</summary>
public sealed class RetentionOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Retention";

    /// <summary>Delivered message payloads older than this are purged by the <c>retention-purge</c> job.</summary>
    public TimeSpan DeliveredPayloadAge { get; set; } = TimeSpan.FromDays(30);
}
