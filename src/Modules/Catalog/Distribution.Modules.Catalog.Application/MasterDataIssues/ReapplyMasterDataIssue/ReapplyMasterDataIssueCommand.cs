using Distribution.Modules.Catalog.Application.Imports;
using Mediator;

namespace Distribution.Modules.Catalog.Application.MasterDataIssues.ReapplyMasterDataIssue;

/// <summary>
/// A steward re-applies a quarantined change, as it was or corrected. Accepted: the issue is resolved. Refused
/// again: it stays open with the new reason (and the answer says so).
/// </summary>
/// <param name="Id">The issue.</param>
/// <param name="Corrected">The corrected row; omit to re-apply the payload as it is (e.g. after adding a pack level).</param>
/// <param name="Note">The steward's note.</param>
public sealed record ReapplyMasterDataIssueCommand(Guid Id, ItemRow? Corrected, string? Note) : ICommand<MasterDataIssueDto>;
