using Distribution.Edi;
using Distribution.Edi.Acknowledgements;
using Distribution.Modules.Integration.Application.Edi.ReceiveEdi;
using Distribution.Modules.Partners.Contracts.TradingPartners;

namespace Distribution.Modules.Integration.Application.Edi.Inbound;

/// <summary>What became of one received interchange: its verdict, what was found, and what to send back.</summary>
internal sealed class InterchangeOutcome(Interchange interchange)
{
    /// <summary>The interchange as read.</summary>
    public Interchange Interchange { get; } = interchange;

    /// <summary>The sending partner, when known.</summary>
    public EdiPartner? Partner { get; set; }

    /// <summary>The partner pair, when the partner is known.</summary>
    public PartnerPair? Pair { get; set; }

    /// <summary>One of the <see cref="EdiReceipt"/> status names.</summary>
    public string Status { get; set; } = EdiReceipt.Accepted;

    /// <summary>Problems found beyond those the reader attached to the interchange.</summary>
    public List<X12Error> HostErrors { get; } = [];

    /// <summary>Problems found in other ways (reconciliation, business-key duplicates), in words.</summary>
    public List<EdiProblem> Notes { get; } = [];

    /// <summary>The groups, as reported.</summary>
    public List<EdiReceivedGroup> Groups { get; } = [];

    /// <summary>The TA1 to send back, when one is due.</summary>
    public InterchangeAcknowledgementResult? InterchangeAcknowledgement { get; set; }

    /// <summary>The received groups that get a 997.</summary>
    public List<FunctionalGroup> GroupsToAcknowledge { get; } = [];

    /// <summary>Every problem: the reader's (groups and sets included) and the host's.</summary>
    public IEnumerable<X12Error> AllErrors =>
        Interchange.Errors.Concat(HostErrors);
}
