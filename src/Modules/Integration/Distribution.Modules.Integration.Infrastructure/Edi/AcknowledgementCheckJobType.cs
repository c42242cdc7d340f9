using Distribution.BuildingBlocks.Application.Jobs;
using Distribution.Modules.Integration.Application.Edi.CheckOverdueAcknowledgements;
using Mediator;

namespace Distribution.Modules.Integration.Infrastructure.Edi;

/// <summary>The sync job that reports groups whose 997 is overdue (schedule it, e.g. every 15 minutes).</summary>
internal sealed class AcknowledgementCheckJobType(ISender sender) : ISyncJobType
{
    public const string JobKey = "edi-acknowledgement-check";

    public string Key => JobKey;

    public string Description => "Marks sent X12 groups whose partner's 997 is overdue and reports each in the exceptions queue.";

    public async Task RunAsync(CancellationToken cancellationToken) => await sender.Send(new CheckOverdueAcknowledgementsCommand(), cancellationToken);
}
