using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Distribution.Modules.Integration.Application.Edi.ReceiveEdi;
using Distribution.Modules.Integration.Application.Edi.ListWaitingEdiDocuments;
using Distribution.Modules.Integration.Application.Edi.MarkEdiDocumentDelivered;
using Distribution.Modules.Integration.Application.Edi.RecordEdiDeliveryFailure;
using Distribution.Modules.Integration.Application.Exceptions.RaiseException;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Distribution.Modules.Integration.Infrastructure.Edi.Transports;

/// <summary>
/// What every file transport does with the EDI core, through the mediator: hand a received file to the receive
/// pipeline (each file its own correlation id, so the message log, acknowledgements and exceptions of one file share
/// it), deliver the partner's waiting documents, and report what went wrong in the exceptions queue.
/// </summary>
internal sealed class EdiTransportCore(ISender sender, ILogger<EdiTransportCore> logger)
{
    private const int PageSize = 100;

    /// <summary>Runs the receive pipeline on one file under a new correlation id. Bad X12 does not throw.</summary>
    public async Task<EdiReceipt> ReceiveAsync(string transport, string partnerId, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        using var correlation = CorrelationContext.Begin(null);
        var receipt = await sender.Send(new ReceiveEdiCommand(transport, fileName, content, partnerId), cancellationToken);
        logger.LogInformation(
            "Received {FileName} from {PartnerId} by {Transport}: {Status}, message {MessageId}, correlation {CorrelationId}",
            fileName, partnerId, transport, receipt.Status, receipt.MessageId, CorrelationContext.CurrentId);
        return receipt;
    }

    /// <summary>
    /// Delivers each document waiting for <paramref name="partnerId"/> on <paramref name="transport"/> with
    /// <paramref name="deliver"/> (which returns where the file now is), then records it delivered. A document whose
    /// delivery throws is recorded as a failed attempt (the core raises an exception entry after the last attempt)
    /// and stays waiting; the others are still delivered.
    /// </summary>
    /// <returns>How many documents were delivered and how many failed.</returns>
    public async Task<(int Delivered, int Failed)> PushWaitingAsync(
        string partnerId, string transport, Func<WaitingEdiDocument, CancellationToken, Task<string>> deliver, CancellationToken cancellationToken)
    {
        int delivered = 0, failed = 0;
        foreach (var document in await WaitingAsync(partnerId, transport, cancellationToken))
        {
            using var correlation = CorrelationContext.Begin(document.CorrelationId);
            string destination;
            try
            {
                destination = await deliver(document, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failed++;
                logger.LogWarning(exception, "Could not deliver {FileName} to {PartnerId} by {Transport}", document.FileName, partnerId, transport);
                await sender.Send(new RecordEdiDeliveryFailureCommand(document.Id, exception.Message), cancellationToken);
                continue;
            }

            // Delivered but not yet recorded: a stop here re-delivers the same file under the same name next time,
            // which replaces it (rename over) rather than sending a second copy.
            await sender.Send(new MarkEdiDocumentDeliveredCommand(document.Id, destination), cancellationToken);
            delivered++;
        }

        return (delivered, failed);
    }

    /// <summary>Records a failed attempt for every document waiting for the partner (its transport is unreachable).</summary>
    public async Task FailWaitingAsync(string partnerId, string transport, string error, CancellationToken cancellationToken)
    {
        foreach (var document in await WaitingAsync(partnerId, transport, cancellationToken))
        {
            await sender.Send(new RecordEdiDeliveryFailureCommand(document.Id, error), cancellationToken);
        }
    }

    /// <summary>Opens (or finds already open) an exceptions-queue entry.</summary>
    public async Task RaiseAsync(string kind, string message, string partnerId, string reference, CancellationToken cancellationToken)
    {
        logger.LogWarning("EDI transport exception {Kind} for {PartnerId} ({Reference}): {Message}", kind, partnerId, reference, message);
        await sender.Send(new RaiseExceptionCommand(kind, message, partnerId, reference), cancellationToken);
    }

    private async Task<List<WaitingEdiDocument>> WaitingAsync(string partnerId, string transport, CancellationToken cancellationToken)
    {
        var waiting = new List<WaitingEdiDocument>();
        Guid? after = null;
        while (true)
        {
            var page = await sender.Send(new ListWaitingEdiDocumentsQuery(partnerId, transport, after, PageSize), cancellationToken);
            waiting.AddRange(page);
            if (page.Count < PageSize)
            {
                return waiting;
            }

            after = page[^1].Id;
        }
    }
}

/// <summary>A poll finished, but some partners' exchanges failed (each has its exceptions-queue entry).</summary>
internal sealed class EdiTransportPollException(string message) : Exception(message);
