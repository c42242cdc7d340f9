using Mediator;

namespace Distribution.Modules.Catalog.Application.MasterDataIssues.RejectMasterDataIssue;

/// <summary>A steward decides a quarantined change must not be applied.</summary>
/// <param name="Id">The issue.</param>
/// <param name="Note">Why (kept with the issue).</param>
public sealed record RejectMasterDataIssueCommand(Guid Id, string Note) : ICommand<MasterDataIssueDto>;
