using Mediator;

namespace Distribution.Modules.Catalog.Application.MasterDataIssues.GetMasterDataIssue;

/// <summary>One master-data issue.</summary>
/// <param name="Id">The issue.</param>
public sealed record GetMasterDataIssueQuery(Guid Id) : IQuery<MasterDataIssueDto>;
