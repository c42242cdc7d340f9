using Distribution.Modules.Catalog.Domain.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> builder)
    {
        builder.ToTable("Items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Sku).HasMaxLength(64);
        builder.Property(i => i.Name).HasMaxLength(200);
        builder.Property(i => i.Description).HasMaxLength(4000);
        builder.Property(i => i.BaseUnit).HasMaxLength(10);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(i => i.Sku).IsUnique();

        builder.OwnsMany(i => i.Identifiers, identifier =>
        {
            identifier.ToTable("ItemIdentifiers");
            identifier.WithOwner().HasForeignKey("ItemId");
            identifier.Property<int>("Id");
            identifier.HasKey("Id");
            identifier.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            identifier.Property(x => x.Value).HasMaxLength(64);
            // One identifier, one item: a GTIN and its UPC share this key.
            identifier.Property(x => x.LookupKey).HasMaxLength(80);
            identifier.HasIndex(x => x.LookupKey).IsUnique();
            identifier.Property(x => x.Unit).HasMaxLength(10);
        });
        builder.Navigation(i => i.Identifiers).HasField("_identifiers").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(i => i.Packs, pack =>
        {
            pack.ToTable("ItemPacks");
            pack.WithOwner().HasForeignKey("ItemId");
            pack.Property<int>("Id");
            pack.HasKey("Id");
            pack.Property(x => x.FromUnit).HasMaxLength(10);
            pack.Property(x => x.ToUnit).HasMaxLength(10);
            // Factors are only ever read whole and compared in memory, never range-queried: decimal is safe on SQLite.
            pack.Property(x => x.Quantity).HasPrecision(19, 6);
        });
        builder.Navigation(i => i.Packs).HasField("_packs").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(i => i.Substitutions, substitution =>
        {
            substitution.ToTable("ItemSubstitutions");
            substitution.WithOwner().HasForeignKey("ItemId");
            substitution.Property<int>("Id");
            substitution.HasKey("Id");
            substitution.Property(x => x.SubstituteSku).HasMaxLength(64);
            substitution.Property(x => x.Reason).HasConversion<string>().HasMaxLength(20);
        });
        builder.Navigation(i => i.Substitutions).HasField("_substitutions").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(i => i.Attributes, attribute =>
        {
            attribute.ToTable("ItemAttributes");
            attribute.WithOwner().HasForeignKey("ItemId");
            attribute.Property<int>("Id");
            attribute.HasKey("Id");
            attribute.Property(x => x.Name).HasMaxLength(100);
            attribute.Property(x => x.Value).HasMaxLength(1000);
            attribute.Property(x => x.Source).HasMaxLength(50);
        });
        builder.Navigation(i => i.Attributes).HasField("_attributes").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
