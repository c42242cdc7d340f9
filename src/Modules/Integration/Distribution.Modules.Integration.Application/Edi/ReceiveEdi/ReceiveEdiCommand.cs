using System.ComponentModel.DataAnnotations;
using Distribution.Modules.Integration.Domain.Edi;
using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.ReceiveEdi;

/// <summary>
/// Takes in one X12 file or upload from any transport: reads it (mailbags included), checks each interchange's
/// sender, receiver, envelope and duplicate status, reconciles received 997s, acknowledges with TA1/997 by the
/// partner's rules, hands accepted transaction sets to their maps (an integration event each) and logs it all in the
/// EDI message log in one commit. Bad input never throws: the receipt says what was wrong and where.
/// </summary>
/// <param name="Transport"><c>http</c>, <c>drop-folder</c> or <c>sftp</c>.</param>
/// <param name="FileName">The file's name, when it came as a file.</param>
/// <param name="Content">The bytes as received.</param>
/// <param name="ExpectedPartnerId">The partner the transport vouches for (its folder, server or API key); an
/// interchange from anyone else is rejected. Null when the transport cannot tell (an admin upload).</param>
public sealed record ReceiveEdiCommand(string Transport, string? FileName, byte[] Content, string? ExpectedPartnerId) : ICommand<EdiReceipt>;

/// <summary>What the hub made of a received file.</summary>
/// <param name="MessageId">The EDI message log entry.</param>
/// <param name="Status"><c>accepted</c>, <c>accepted-with-errors</c>, <c>rejected</c>, <c>duplicate</c> or <c>in-progress</c>.</param>
/// <param name="PartnerId">The sending partner, when known.</param>
/// <param name="Interchanges">Each interchange in the file.</param>
/// <param name="Problems">What was found, each with its location (the first <see cref="MaxListed"/>).</param>
/// <param name="Acknowledgement">The TA1/997 interchanges sent back (X12 text), when any.</param>
/// <param name="CorrelationId">The correlation id everything the file caused carries.</param>
/// <param name="InterchangeCount">How many interchanges the file held (the list shows the first <see cref="MaxListed"/>).</param>
public sealed record EdiReceipt(
    Guid MessageId, string Status, string? PartnerId,
    [property: MaxLength(EdiReceipt.MaxListed)] IReadOnlyList<EdiReceivedInterchange> Interchanges,
    [property: MaxLength(EdiReceipt.MaxListed)] IReadOnlyList<EdiProblem> Problems,
    [property: MaxLength(EdiMessage.ContentMaxLength)] string? Acknowledgement, string? CorrelationId, int InterchangeCount)
{
    /// <summary>Most interchanges, groups per interchange and problems a receipt lists (the message log keeps the file).</summary>
    public const int MaxListed = 1000;

    /// <summary>Status name: every interchange taken.</summary>
    public const string Accepted = "accepted";

    /// <summary>Status name: taken, with some groups or sets rejected or carrying errors.</summary>
    public const string AcceptedWithErrors = "accepted-with-errors";

    /// <summary>Status name: nothing taken.</summary>
    public const string Rejected = "rejected";

    /// <summary>Status name: received before; nothing processed again.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>Status name: another copy is being received right now; this one was not processed (try again later).</summary>
    public const string InProgress = "in-progress";
}

/// <summary>One interchange of a received file.</summary>
/// <param name="ControlNumber">ISA13.</param>
/// <param name="SenderId">ISA05:ISA06.</param>
/// <param name="Status"><c>accepted</c>, <c>accepted-with-errors</c>, <c>rejected</c> or <c>duplicate</c>.</param>
/// <param name="Groups">Its functional groups.</param>
public sealed record EdiReceivedInterchange(
    [property: MaxLength(EdiLimits.ControlNumber)] string ControlNumber,
    [property: MaxLength(EdiLimits.SenderId)] string SenderId,
    string Status,
    [property: MaxLength(EdiReceipt.MaxListed)] IReadOnlyList<EdiReceivedGroup> Groups);

/// <summary>One functional group of a received interchange.</summary>
/// <param name="FunctionalIdentifier">GS01, e.g. <c>PO</c>.</param>
/// <param name="ControlNumber">GS06.</param>
/// <param name="Version">GS08.</param>
/// <param name="TransactionSets">Sets in it.</param>
/// <param name="AcceptedSets">Sets taken (handed to their maps or reconciled).</param>
/// <param name="Status">The AK9 verdict: <c>accepted</c>, <c>accepted-with-errors</c>, <c>partially-accepted</c> or <c>rejected</c>.</param>
public sealed record EdiReceivedGroup(
    [property: MaxLength(EdiLimits.FunctionalIdentifier)] string FunctionalIdentifier,
    [property: MaxLength(EdiLimits.ControlNumber)] string ControlNumber,
    [property: MaxLength(EdiLimits.Version)] string Version,
    int TransactionSets, int AcceptedSets, string Status);

/// <summary>One thing wrong with a received file, located to the segment and element.</summary>
/// <param name="Code">What is wrong, e.g. <c>SegmentCountMismatch</c>.</param>
/// <param name="Severity"><c>error</c> (the unit is rejected) or <c>warning</c>.</param>
/// <param name="Message">In words, with the values involved.</param>
/// <param name="Segment">The segment id, e.g. <c>SE</c>.</param>
/// <param name="Element">The element position (1-based), when the problem is in one element.</param>
/// <param name="Location">Interchange, group, set, segment position, line and byte offset.</param>
public sealed record EdiProblem(
    [property: MaxLength(EdiLimits.ProblemCode)] string Code,
    [property: MaxLength(7)] string Severity,
    [property: MaxLength(EdiLimits.ProblemMessage)] string Message,
    [property: MaxLength(EdiLimits.SegmentId)] string? Segment,
    int? Element,
    [property: MaxLength(EdiLimits.Location)] string Location);

/// <summary>The widths the receipt's values are kept to (what the X12 envelope allows; longer input values are cut).</summary>
public static class EdiLimits
{
    /// <summary>ISA13, GS06 (nine digits).</summary>
    public const int ControlNumber = 9;

    /// <summary>ISA05:ISA06 (2 + 1 + 15).</summary>
    public const int SenderId = 18;

    /// <summary>GS01.</summary>
    public const int FunctionalIdentifier = 2;

    /// <summary>GS08 (up to 12 characters).</summary>
    public const int Version = 12;

    /// <summary>A segment id (2–3 characters).</summary>
    public const int SegmentId = 3;

    /// <summary>A problem code.</summary>
    public const int ProblemCode = 64;

    /// <summary>A problem's message.</summary>
    public const int ProblemMessage = 1000;

    /// <summary>A problem's location in words.</summary>
    public const int Location = 400;

    /// <summary>Cuts <paramref name="value"/> to <paramref name="maxLength"/>.</summary>
    public static string Cut(string value, int maxLength) => value.Length <= maxLength ? value : value[..maxLength];
}
