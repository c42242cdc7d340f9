using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distribution.BuildingBlocks.Infrastructure.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).HasMaxLength(200);
        builder.Property(m => m.CorrelationId).HasMaxLength(100);
        builder.Property(m => m.LockedBy).HasMaxLength(100);
        // The dispatcher's claim query: unprocessed rows in order.
        builder.HasIndex(m => new { m.ProcessedAtUtc, m.OccurredAtUtc });
    }
}

internal sealed class OutboxDeliveryConfiguration : IEntityTypeConfiguration<OutboxDelivery>
{
    public void Configure(EntityTypeBuilder<OutboxDelivery> builder)
    {
        builder.ToTable("OutboxDeliveries");
        builder.HasKey(d => new { d.EventId, d.Subscriber });
        builder.Property(d => d.Subscriber).HasMaxLength(200);
        builder.Property(d => d.LastError).HasMaxLength(2000);
        builder.HasIndex(d => d.CompletedAtUtc);
    }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("InboxMessages");
        builder.HasKey(m => new { m.EventId, m.Handler });
        builder.Property(m => m.Handler).HasMaxLength(200);
        builder.Property(m => m.Type).HasMaxLength(200);
        builder.HasIndex(m => m.HandledAtUtc);
    }
}
