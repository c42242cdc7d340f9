using System.Globalization;
using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Edi;
using Distribution.Edi.Reading;
using Distribution.Edi.Writing;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Edi.Outbound;
using Distribution.Modules.Integration.Domain.Edi;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.SendEdi;

internal sealed class SendEdiCommandHandler(ISender sender, EdiEnvelopeWriter envelopes, EdiOutbox outbox, IIntegrationUnitOfWork unitOfWork)
    : ICommandHandler<SendEdiCommand, EdiSentDto>
{
    public async ValueTask<EdiSentDto> Handle(SendEdiCommand command, CancellationToken cancellationToken)
    {
        var partner = (await sender.Send(new ListEdiPartnersQuery(PartnerId: command.PartnerId.Trim()), cancellationToken)).FirstOrDefault()
            ?? throw new NotFoundException("X12 trading partner", command.PartnerId);
        var read = X12Reader.ReadAll(command.X12);
        var errors = read.Errors.Where(e => e.Severity == X12ErrorSeverity.Error).ToList();
        if (!read.IsX12 || read.Interchanges.Count != 1 || errors.Count > 0 || read.Interchanges[0].Groups.Count == 0)
        {
            var reason = errors.Count > 0
                ? string.Join(" | ", errors.Take(10).Select(e => $"{e.Code}: {e.Message} [{e.Location}]"))
                : "Give exactly one interchange (ISA … IEA) with at least one functional group.";
            throw RequestValidationException.For("x12", reason);
        }

        var source = read.Interchanges[0];
        if (source.Groups.Count > SendEdiCommand.MaxGroups || source.Groups.Any(g => g.TransactionSets.Count > SentGroup.MaxTransactionSets))
        {
            throw RequestValidationException.For("x12",
                $"Send at most {SendEdiCommand.MaxGroups} groups of at most {SentGroup.MaxTransactionSets} transaction sets at a time.");
        }

        var groups = source.Groups.Select(g => new OutboundGroup(g.FunctionalIdentifier, g.Version, g.TransactionSets)).ToList();
        var delimiters = IsVersion00402OrLater(partner.X12Version)
            ? new X12Delimiters('*', ':', '~', '^')
            : new X12Delimiters('*', '>', '~');
        WrittenInterchange written;
        try
        {
            written = await envelopes.WriteAsync(partner, delimiters, EdiEnvelopeWriter.InterchangeVersionOf(partner.X12Version),
                partner.IsTest, null, groups, cancellationToken);
        }
        catch (X12ValueException exception)
        {
            throw RequestValidationException.For("x12", exception.Message);
        }

        var transport = partner.OutboundTransportFor(groups[0].Sets.FirstOrDefault()?.Id ?? "") ?? EdiChannel.Http;
        var message = outbox.Queue(partner, transport, written, inReplyToId: null, expectAcknowledgement: true);
        await unitOfWork.CommitAsync(cancellationToken);
        return new EdiSentDto(message.Id, partner.PartnerId, transport, written.ControlNumber,
            written.Groups.Select(g => g.ControlNumber).ToList(), "waiting");
    }

    private static bool IsVersion00402OrLater(string version) =>
        int.TryParse(EdiEnvelopeWriter.InterchangeVersionOf(version), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        && number >= 402;
}
