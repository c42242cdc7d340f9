using Distribution.Modules.Partners.Domain.PartnerTemplates;
using Distribution.Modules.Partners.Domain.TradingPartners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distribution.Modules.Partners.Infrastructure.Persistence;

internal sealed class TradingPartnerProfileConfiguration : IEntityTypeConfiguration<TradingPartnerProfile>
{
    public void Configure(EntityTypeBuilder<TradingPartnerProfile> builder)
    {
        builder.ToTable("TradingPartners");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.PartnerKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.PartnerId).HasMaxLength(40);
        builder.HasIndex(p => new { p.PartnerKind, p.PartnerId }).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Settings).HasJsonValueConversion();
        builder.Property(p => p.TemplateKey).HasMaxLength(100);
    }
}

internal sealed class PartnerTemplateConfiguration : IEntityTypeConfiguration<PartnerTemplate>
{
    public void Configure(EntityTypeBuilder<PartnerTemplate> builder)
    {
        builder.ToTable("PartnerTemplates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Key).HasMaxLength(100);
        builder.HasIndex(t => new { t.Key, t.TemplateVersion }).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Description).HasMaxLength(2000);
        builder.Property(t => t.PartnerKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Defaults).HasJsonValueConversion();
        builder.Property(t => t.ClientScopes).HasJsonConversion();
    }
}
