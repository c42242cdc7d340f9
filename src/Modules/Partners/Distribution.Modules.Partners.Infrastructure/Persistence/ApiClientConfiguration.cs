using Distribution.Modules.Partners.Domain.ApiClients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distribution.Modules.Partners.Infrastructure.Persistence;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("ApiClients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.PartnerId).HasMaxLength(100);
        builder.Property(c => c.Scopes)
            .HasConversion(
                scopes => string.Join(' ', scopes),
                stored => stored.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<IReadOnlyList<string>>(
                    (a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (h, s) => HashCode.Combine(h, s)), list => list.ToList()))
            .HasMaxLength(1000);
        builder.HasIndex(c => c.Kind);

        builder.OwnsMany(c => c.Keys, key =>
        {
            key.ToTable("ApiKeys");
            key.WithOwner().HasForeignKey("ApiClientId");
            key.HasKey(k => k.Id);
            key.Property(k => k.Id).ValueGeneratedNever();
            key.Property(k => k.Prefix).HasMaxLength(40);
            key.Property(k => k.Hash).HasMaxLength(64);
            key.HasIndex(k => k.Prefix);
        });
        builder.Navigation(c => c.Keys).HasField("_keys").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
