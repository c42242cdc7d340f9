using Distribution.Modules.Catalog.Domain.CrossReferences;
using Distribution.Modules.Catalog.Domain.Imports;
using Distribution.Modules.Catalog.Domain.MasterDataIssues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

internal sealed class CrossReferenceConfiguration : IEntityTypeConfiguration<CrossReference>
{
    public void Configure(EntityTypeBuilder<CrossReference> builder)
    {
        builder.ToTable("CrossReferences");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.PartnerId).HasMaxLength(100);
        builder.Property(x => x.PartnerValue).HasMaxLength(64);
        builder.Property(x => x.LookupValue).HasMaxLength(64);
        builder.Property(x => x.Sku).HasMaxLength(64);
        builder.Property(x => x.PartnerUnit).HasMaxLength(10);
        builder.Property(x => x.PackSize).HasPrecision(19, 6);
        builder.HasIndex(x => new { x.PartnerId, x.Kind, x.LookupValue });
        builder.HasIndex(x => x.Sku);
    }
}

internal sealed class MasterDataIssueConfiguration : IEntityTypeConfiguration<MasterDataIssue>
{
    public void Configure(EntityTypeBuilder<MasterDataIssue> builder)
    {
        builder.ToTable("MasterDataIssues");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.PayloadKind).HasMaxLength(40);
        builder.Property(x => x.Sku).HasMaxLength(64);
        builder.Property(x => x.ReasonCode).HasMaxLength(80);
        builder.Property(x => x.Reason).HasMaxLength(1000);
        builder.Property(x => x.Source).HasMaxLength(50);
        builder.Property(x => x.CorrelationId).HasMaxLength(100);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.ResolutionNote).HasMaxLength(1000);
        builder.HasIndex(x => new { x.Status, x.Id });
    }
}

internal sealed class CatalogImportConfiguration : IEntityTypeConfiguration<CatalogImport>
{
    public void Configure(EntityTypeBuilder<CatalogImport> builder)
    {
        builder.ToTable("Imports");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.FileHash).HasMaxLength(64);
        // The same file is applied once: two requests racing with one file meet here.
        builder.HasIndex(x => x.FileHash).IsUnique();
        builder.Property(x => x.Format).HasMaxLength(10);
        builder.Property(x => x.Source).HasMaxLength(50);
        builder.Property(x => x.FileName).HasMaxLength(260);
        builder.Property(x => x.CorrelationId).HasMaxLength(100);
    }
}

internal sealed class ImportRowResultConfiguration : IEntityTypeConfiguration<ImportRowResult>
{
    public void Configure(EntityTypeBuilder<ImportRowResult> builder)
    {
        builder.ToTable("ImportRows");
        builder.HasKey(x => new { x.ImportId, x.RowNumber });
        builder.Property(x => x.Sku).HasMaxLength(64);
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.ReasonCode).HasMaxLength(80);
        builder.Property(x => x.Reason).HasMaxLength(1000);
    }
}
