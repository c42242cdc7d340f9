using Distribution.Modules.Integration.Domain.Edi;
using Distribution.Modules.Integration.Domain.Exceptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distribution.Modules.Integration.Infrastructure.Persistence;

internal sealed class EdiMessageConfiguration : IEntityTypeConfiguration<EdiMessage>
{
    public void Configure(EntityTypeBuilder<EdiMessage> builder)
    {
        builder.ToTable("EdiMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Direction).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.PartnerId).HasMaxLength(64);
        builder.Property(m => m.Transport).HasMaxLength(20);
        builder.Property(m => m.FileName).HasMaxLength(EdiMessage.FileNameMaxLength);
        // Lists of at most N values of at most 12 characters, comma separated.
        builder.Property(m => m.DocumentTypes).HasMaxLength(EdiMessage.MaxDocumentTypesListed * 13);
        builder.Property(m => m.InterchangeControlNumbers).HasMaxLength(EdiMessage.MaxInterchangesListed * 13);
        builder.Property(m => m.Summary).HasMaxLength(EdiMessage.SummaryMaxLength);
        builder.Property(m => m.LastError).HasMaxLength(EdiMessage.ErrorMaxLength);
        builder.Property(m => m.Destination).HasMaxLength(EdiMessage.FileNameMaxLength * 2);
        builder.Property(m => m.CorrelationId).HasMaxLength(100);
        builder.HasIndex(m => m.CorrelationId);
        builder.HasIndex(m => new { m.PartnerId, m.Direction });
        // The transports' "what is waiting for this partner" query.
        builder.HasIndex(m => new { m.Status, m.Transport, m.PartnerId });
    }
}

internal sealed class SentGroupConfiguration : IEntityTypeConfiguration<SentGroup>
{
    public void Configure(EntityTypeBuilder<SentGroup> builder)
    {
        builder.ToTable("EdiSentGroups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.PartnerId).HasMaxLength(64);
        builder.Property(g => g.FunctionalIdentifier).HasMaxLength(2);
        builder.Property(g => g.GroupControlNumber).HasMaxLength(9);
        builder.Property(g => g.TransactionSetControlNumbers).HasMaxLength(SentGroup.MaxTransactionSets * 10);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(g => g.Detail).HasMaxLength(SentGroup.DetailMaxLength);
        builder.Property(g => g.CorrelationId).HasMaxLength(100);
        builder.Ignore(g => g.AwaitsAcknowledgement);
        // The 997 reconciliation key (not unique: GS06 rolls over after 999,999,999 groups).
        builder.HasIndex(g => new { g.PartnerId, g.FunctionalIdentifier, g.GroupControlNumber });
        builder.HasIndex(g => new { g.Status, g.AcknowledgementDueAtUtc });
    }
}

internal sealed class ExceptionCaseConfiguration : IEntityTypeConfiguration<ExceptionCase>
{
    public void Configure(EntityTypeBuilder<ExceptionCase> builder)
    {
        builder.ToTable("Exceptions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasMaxLength(ExceptionCase.KindMaxLength);
        builder.Property(e => e.Message).HasMaxLength(ExceptionCase.MessageMaxLength);
        builder.Property(e => e.PartnerId).HasMaxLength(64);
        builder.Property(e => e.Reference).HasMaxLength(ExceptionCase.ReferenceMaxLength);
        builder.Property(e => e.CorrelationId).HasMaxLength(100);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Resolution).HasMaxLength(ExceptionCase.ResolutionMaxLength);
        builder.HasIndex(e => new { e.Status, e.Kind, e.PartnerId, e.Reference });
    }
}
