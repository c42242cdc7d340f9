using Distribution.Modules.Integration.Application.Edi;
using Distribution.Modules.Integration.Domain.Messages;
using Distribution.Modules.Integration.Domain.Subscriptions;
using Distribution.Modules.Integration.Domain.SyncJobs;
using Distribution.Modules.Integration.Infrastructure.Edi;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distribution.Modules.Integration.Infrastructure.Persistence;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("WebhookSubscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.EventType).HasMaxLength(200);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.Secret).HasMaxLength(200);
    }
}

internal sealed class OutboundMessageConfiguration : IEntityTypeConfiguration<OutboundMessage>
{
    public void Configure(EntityTypeBuilder<OutboundMessage> builder)
    {
        builder.ToTable("OutboundMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.EventType).HasMaxLength(200);
        builder.Property(m => m.CorrelationId).HasMaxLength(100);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.DeadLetterReason).HasMaxLength(50);
        builder.Ignore(m => m.IsDue);
        // One message per (event, subscription): a re-run fan-out cannot double a delivery. The event leads, so the
        // fan-out's look-up of a batch's events already queued is a seek, not a scan of the whole message log.
        builder.HasIndex(m => new { m.EventId, m.SubscriptionId }).IsUnique();
        builder.HasIndex(m => m.CorrelationId);
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
    }
}

internal sealed class SyncScheduleConfiguration : IEntityTypeConfiguration<SyncSchedule>
{
    public void Configure(EntityTypeBuilder<SyncSchedule> builder)
    {
        builder.ToTable("SyncSchedules");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.JobType).HasMaxLength(100);
        builder.Property(s => s.Cron).HasMaxLength(100);
        builder.Property(s => s.TimeZone).HasMaxLength(100);
        builder.Property(s => s.LastRunOutcome).HasMaxLength(20);
        builder.Property(s => s.LastRunError).HasMaxLength(2000);
        builder.Ignore(s => s.RecurringJobId);
        builder.HasIndex(s => s.Name).IsUnique();
    }
}

internal sealed class ControlNumberCounterConfiguration : IEntityTypeConfiguration<ControlNumberCounter>
{
    // ControlNumberAllocator's SQL names these columns: keep them in step.
    public void Configure(EntityTypeBuilder<ControlNumberCounter> builder)
    {
        builder.ToTable("EdiControlNumbers");
        builder.HasKey(c => new { c.OurQualifier, c.OurId, c.TheirQualifier, c.TheirId, c.Kind });
        builder.Property(c => c.OurQualifier).HasMaxLength(PartnerPair.QualifierMaxLength);
        builder.Property(c => c.OurId).HasMaxLength(PartnerPair.IdMaxLength);
        builder.Property(c => c.TheirQualifier).HasMaxLength(PartnerPair.QualifierMaxLength);
        builder.Property(c => c.TheirId).HasMaxLength(PartnerPair.IdMaxLength);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class ReceivedInterchangeConfiguration : IEntityTypeConfiguration<ReceivedInterchange>
{
    public void Configure(EntityTypeBuilder<ReceivedInterchange> builder)
    {
        builder.ToTable("EdiReceivedInterchanges");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.OurQualifier).HasMaxLength(PartnerPair.QualifierMaxLength);
        builder.Property(r => r.OurId).HasMaxLength(PartnerPair.IdMaxLength);
        builder.Property(r => r.TheirQualifier).HasMaxLength(PartnerPair.QualifierMaxLength);
        builder.Property(r => r.TheirId).HasMaxLength(PartnerPair.IdMaxLength);
        builder.Property(r => r.GroupControlNumbers).HasMaxLength(2000);
        builder.Property(r => r.CorrelationId).HasMaxLength(100);
        // One row per interchange: of two concurrent receipts only one insert succeeds.
        builder.HasIndex(r => new { r.TheirQualifier, r.TheirId, r.OurQualifier, r.OurId, r.InterchangeControlNumber }).IsUnique();
        builder.HasIndex(r => r.ReceivedAtUtc);
    }
}
