using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.MasterDataIssues.GetMasterDataIssue;

internal sealed class GetMasterDataIssueQueryHandler(IMasterDataIssueRepository issues) : IQueryHandler<GetMasterDataIssueQuery, MasterDataIssueDto>
{
    public async ValueTask<MasterDataIssueDto> Handle(GetMasterDataIssueQuery query, CancellationToken cancellationToken) =>
        MasterDataIssueDto.From(await issues.GetAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Master-data issue", query.Id));
}
