using System.Globalization;
using Distribution.Edi;
using Distribution.Edi.Writing;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using Microsoft.Extensions.Options;

namespace Distribution.Modules.Integration.Application.Edi.Outbound;

/// <summary>One functional group to write: its GS01 and GS08 and its transaction sets (ST02 is assigned on writing).</summary>
/// <param name="FunctionalIdentifier">GS01, e.g. <c>FA</c> for 997s.</param>
/// <param name="Version">GS08, e.g. <c>004010</c>.</param>
/// <param name="Sets">The sets; their own ST02/SE are replaced.</param>
public sealed record OutboundGroup(string FunctionalIdentifier, string Version, IReadOnlyList<TransactionSet> Sets);

/// <summary>A written interchange: its text and the control numbers it was given.</summary>
/// <param name="Text">The X12 text.</param>
/// <param name="ControlNumber">ISA13, nine digits.</param>
/// <param name="Groups">Each group's GS01, GS06 and its sets' ST01/ST02.</param>
public sealed record WrittenInterchange(string Text, string ControlNumber, IReadOnlyList<WrittenGroup> Groups);

/// <summary>A written group.</summary>
/// <param name="FunctionalIdentifier">GS01.</param>
/// <param name="ControlNumber">GS06.</param>
/// <param name="Sets">ST01 and ST02 of each set.</param>
public sealed record WrittenGroup(string FunctionalIdentifier, string ControlNumber, IReadOnlyList<(string Id, string ControlNumber)> Sets);

/// <summary>
/// Envelopes documents for a partner with fresh control numbers from <see cref="IControlNumberAllocator"/> (ISA13,
/// GS06 and ST02 per partner pair): our ISA/GS ids as sender, the partner's as receiver, through the strict
/// <see cref="X12Writer"/> (a value containing a delimiter is refused, never sent).
/// </summary>
public sealed class EdiEnvelopeWriter(IControlNumberAllocator numbers, IOptions<EdiOptions> options, TimeProvider clock)
{
    /// <summary>Writes one interchange holding an optional TA1 and the groups.</summary>
    /// <param name="partner">The receiver.</param>
    /// <param name="delimiters">The delimiters to write with (for acknowledgements: those the partner used).</param>
    /// <param name="interchangeVersion">ISA12, e.g. <c>00401</c>.</param>
    /// <param name="isTest">ISA15 = T.</param>
    /// <param name="interchangeAcknowledgement">A TA1 to place right under the ISA, or null.</param>
    /// <param name="groups">The groups.</param>
    /// <param name="cancellationToken">Cancels the allocations.</param>
    public async Task<WrittenInterchange> WriteAsync(
        EdiPartner partner, X12Delimiters delimiters, string interchangeVersion, bool isTest, Segment? interchangeAcknowledgement,
        IReadOnlyList<OutboundGroup> groups, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(groups);
        var ours = options.Value;
        var pair = PartnerPair.Create(ours.InterchangeQualifier, ours.InterchangeId, partner.IsaQualifier, partner.IsaId);
        var now = clock.GetUtcNow().UtcDateTime;
        var isa13 = await numbers.NextAsync(pair, ControlNumberKind.Interchange, cancellationToken);
        var header = InterchangeHeader.Create(pair.OurQualifier, pair.OurId, pair.TheirQualifier, pair.TheirId, isa13, now, interchangeVersion)
            with { UsageIndicator = isTest ? "T" : "P" };

        var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new X12Writer(text, delimiters, Environment.NewLine);
        writer.BeginInterchange(header);
        if (interchangeAcknowledgement is not null)
        {
            writer.WriteSegment(interchangeAcknowledgement);
        }

        var written = new List<WrittenGroup>();
        foreach (var group in groups)
        {
            var gs06 = Number(await numbers.NextAsync(pair, ControlNumberKind.Group, cancellationToken));
            writer.BeginGroup(new GroupHeader
            {
                FunctionalIdentifier = group.FunctionalIdentifier,
                ApplicationSender = ours.ApplicationId,
                ApplicationReceiver = partner.GsApplicationId,
                Date = now.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                Time = now.ToString("HHmm", CultureInfo.InvariantCulture),
                ControlNumber = gs06,
                Version = group.Version,
            });
            var sets = new List<(string, string)>();
            foreach (var set in group.Sets)
            {
                var st02 = Number(await numbers.NextAsync(pair, ControlNumberKind.TransactionSet, cancellationToken)).PadLeft(4, '0');
                writer.BeginTransactionSet(set.Id, st02, set.ImplementationConventionReference);
                foreach (var segment in set.Body)
                {
                    writer.WriteSegment(segment);
                }

                writer.EndTransactionSet();
                sets.Add((set.Id, st02));
            }

            writer.EndGroup();
            written.Add(new WrittenGroup(group.FunctionalIdentifier, gs06, sets));
        }

        writer.EndInterchange();
        return new WrittenInterchange(text.ToString(), header.ControlNumber, written);
    }

    /// <summary>ISA12 for a GS08 version: its first five digits (<c>004010</c> → <c>00401</c>).</summary>
    public static string InterchangeVersionOf(string version) => version.Length >= 5 ? version[..5] : version;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
