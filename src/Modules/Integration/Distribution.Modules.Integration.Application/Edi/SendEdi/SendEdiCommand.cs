using System.ComponentModel.DataAnnotations;
using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.SendEdi;

/// <summary>
/// Sends X12 documents to a partner: the transaction sets of the given interchange are re-enveloped with the hub's
/// ids and fresh control numbers (ISA13, GS06, ST02 per partner pair), queued for the partner's outbound transport,
/// and each group is awaited for the partner's 997 within its acknowledgement window.
/// </summary>
/// <param name="PartnerId">The receiving trading partner (customer account or supplier code).</param>
/// <param name="X12">An interchange (ISA … IEA) holding the groups and sets to send; its own envelope ids and control
/// numbers are replaced.</param>
public sealed record SendEdiCommand(string PartnerId, string X12) : ICommand<EdiSentDto>
{
    /// <summary>Most functional groups one send may hold.</summary>
    public const int MaxGroups = 100;
}

/// <summary>What was queued.</summary>
/// <param name="MessageId">The EDI message log entry.</param>
/// <param name="PartnerId">The receiver.</param>
/// <param name="Transport">How it goes.</param>
/// <param name="InterchangeControlNumber">ISA13 given.</param>
/// <param name="GroupControlNumbers">GS06 given to each group, in order.</param>
/// <param name="Status"><c>waiting</c> until delivered or collected.</param>
public sealed record EdiSentDto(Guid MessageId, string PartnerId, string Transport, [property: MaxLength(9)] string InterchangeControlNumber,
    [property: MaxLength(SendEdiCommand.MaxGroups)] IReadOnlyList<string> GroupControlNumbers, string Status);
