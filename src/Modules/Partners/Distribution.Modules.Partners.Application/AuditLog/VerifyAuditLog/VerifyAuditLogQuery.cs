using Mediator;

namespace Distribution.Modules.Partners.Application.AuditLog.VerifyAuditLog;

/// <summary>Recomputes the audit log's hash chain from the first entry.</summary>
public sealed record VerifyAuditLogQuery : IQuery<AuditVerificationDto>;

/// <summary>Whether the audit log is intact.</summary>
/// <param name="Valid">True when every entry's hash matches and links to the entry before it.</param>
/// <param name="EntriesChecked">Entries that checked out before the first broken one (all of them when valid).</param>
/// <param name="FirstBrokenSequence">The first entry that was changed, removed or inserted, if any.</param>
public sealed record AuditVerificationDto(bool Valid, long EntriesChecked, long? FirstBrokenSequence);
