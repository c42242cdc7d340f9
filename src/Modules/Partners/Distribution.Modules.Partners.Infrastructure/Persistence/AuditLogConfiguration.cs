using Distribution.BuildingBlocks.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Distribution.Modules.Partners.Infrastructure.Persistence;

// The audit log's table lives in the Partners database (ADR 0009); its shape is the building block's.
internal sealed class AuditLogConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder) => new AuditEntryConfiguration().Configure(builder);
}
