using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Catalog.Application.MasterDataIssues.RejectMasterDataIssue;

internal sealed class RejectMasterDataIssueCommandHandler(IMasterDataIssueRepository issues, ICatalogUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<RejectMasterDataIssueCommand, MasterDataIssueDto>
{
    public async ValueTask<MasterDataIssueDto> Handle(RejectMasterDataIssueCommand command, CancellationToken cancellationToken)
    {
        var issue = await issues.GetAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Master-data issue", command.Id);
        issue.Reject(command.Note, clock.GetUtcNow().UtcDateTime);
        await unitOfWork.CommitAsync(cancellationToken);
        return MasterDataIssueDto.From(issue);
    }
}
