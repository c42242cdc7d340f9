using System.Text.Json;
using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Application.Imports;
using Distribution.Modules.Catalog.Domain.Imports;
using Mediator;

namespace Distribution.Modules.Catalog.Application.MasterDataIssues.ReapplyMasterDataIssue;

internal sealed class ReapplyMasterDataIssueCommandHandler(
    IMasterDataIssueRepository issues, ItemRowApplier applier, ICatalogUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<ReapplyMasterDataIssueCommand, MasterDataIssueDto>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<MasterDataIssueDto> Handle(ReapplyMasterDataIssueCommand command, CancellationToken cancellationToken)
    {
        var issue = await issues.GetAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Master-data issue", command.Id);
        issue.EnsureOpen();
        var row = command.Corrected
            ?? JsonSerializer.Deserialize<ItemRow>(issue.Payload, Json)
            ?? throw RequestValidationException.For("corrected", "The quarantined payload is empty; send a corrected row.");
        var outcome = (await applier.ApplyAsync([(issue.RowNumber ?? 1, row)], cancellationToken))[0];
        var payload = JsonSerializer.Serialize(row, Json);
        if (outcome.Outcome == ImportRowOutcome.Quarantined)
        {
            issue.FailAgain(payload, outcome.ReasonCode!, outcome.Reason!);
        }
        else
        {
            issue.Resolve(payload, command.Note, clock.GetUtcNow().UtcDateTime);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return MasterDataIssueDto.From(issue);
    }
}
