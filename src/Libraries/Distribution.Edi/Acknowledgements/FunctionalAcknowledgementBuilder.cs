using System.Globalization;

namespace Distribution.Edi.Acknowledgements;

/// <summary>
/// Builds the 997 for one received functional group, in the group's own version (GS08): AK1, an AK2..AK5 loop per
/// transaction set as the policy asks (with AK3/AK4 locating segment and element errors), and AK9 with the counts.
/// A group of acknowledgements (GS01 FA, ST 997/999) is never acknowledged.
/// </summary>
public static class FunctionalAcknowledgementBuilder
{
    private const int MaximumCodes = 5;
    private const int MaximumBadValueLength = 99;

    /// <summary>Builds the 997 for <paramref name="group"/>.</summary>
    /// <param name="group">The received group, as read (its <see cref="FunctionalGroup.Errors"/> are used).</param>
    /// <param name="options">Control number, policy and outbound delimiters.</param>
    /// <param name="additionalErrors">Errors found later, e.g. by maps; matched to sets by their location.</param>
    public static FunctionalAcknowledgementResult Build(
        FunctionalGroup group, FunctionalAcknowledgementOptions options, IEnumerable<X12Error>? additionalErrors = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(options);
        if (group.FunctionalIdentifier == "FA" || group.TransactionSets.Any(set => set.Id is "997" or "999"))
        {
            return FunctionalAcknowledgementResult.NotAcknowledged(group.Version,
                $"Group {group.ControlNumber} carries functional acknowledgements (GS01 {group.FunctionalIdentifier}); " +
                "a 997 is never acknowledged.");
        }

        var errors = group.Errors.Concat(additionalErrors ?? []).Distinct().ToList();
        var is5010 = IsVersion5010OrLater(group.Version);
        var delimiters = options.Delimiters;
        var segments = new List<Segment>
        {
            new("ST", ["997", options.ControlNumber], delimiters),
            new("AK1", is5010
                ? [group.FunctionalIdentifier, group.ControlNumber, group.Version]
                : [group.FunctionalIdentifier, group.ControlNumber], delimiters),
        };

        var accepted = 0;
        var statuses = new List<AcknowledgementStatus>();
        foreach (var set in group.TransactionSets)
        {
            var setErrors = errors.Where(error => BelongsTo(error, set)).ToList();
            var status = StatusOf(setErrors);
            statuses.Add(status);
            accepted += AcknowledgementStatusCodes.IsAccepted(status) ? 1 : 0;
            if (options.SetPolicy == TransactionSetAcknowledgementPolicy.EverySet || status != AcknowledgementStatus.Accepted)
            {
                AddSetLoop(segments, set, status, setErrors, is5010, delimiters);
            }
        }

        var groupErrors = errors.Where(error => error.Level == X12ErrorLevel.Group).ToList();
        var groupStatus = GroupStatusOf(statuses, groupErrors);
        var included = int.TryParse(group.Trailer?[1], NumberStyles.None, CultureInfo.InvariantCulture, out var declared)
            ? declared
            : group.TransactionSets.Count;
        segments.Add(new Segment("AK9",
        [
            AcknowledgementStatusCodes.ToCode(groupStatus),
            Number(included),
            Number(group.TransactionSets.Count),
            Number(accepted),
            .. CodesOf(groupErrors),
        ], delimiters));
        segments.Add(new Segment("SE", [Number(segments.Count + 1), options.ControlNumber], delimiters));
        return FunctionalAcknowledgementResult.Built(new TransactionSet(segments, group.Version), group.Version, groupStatus);
    }

    /// <summary>Whether <paramref name="version"/> (GS08) is 005010 or later, where AK103/AK203 and the
    /// repetition position in AK401 exist.</summary>
    public static bool IsVersion5010OrLater(string version) =>
        version.Length >= 6 && string.CompareOrdinal(version[..6], "005010") >= 0;

    private static void AddSetLoop(List<Segment> segments, TransactionSet set, AcknowledgementStatus status,
        List<X12Error> setErrors, bool is5010, X12Delimiters delimiters)
    {
        segments.Add(new Segment("AK2",
            is5010 && set.ImplementationConventionReference.Length > 0
                ? [set.Id, set.ControlNumber, set.ImplementationConventionReference]
                : [set.Id, set.ControlNumber], delimiters));
        var syntaxErrors = setErrors
            .Where(error => error.Level is X12ErrorLevel.Segment or X12ErrorLevel.Element)
            .GroupBy(error => (error.Location.SegmentPosition, error.Location.SegmentId))
            .OrderBy(segment => segment.Key.SegmentPosition);
        foreach (var segment in syntaxErrors)
        {
            var segmentCode = segment.FirstOrDefault(error => error.Level == X12ErrorLevel.Segment) is { } segmentError
                ? X12ErrorCodes.AcknowledgementCodeOf(segmentError.Code)
                : X12ErrorCodes.AcknowledgementCodeOf(X12ErrorCode.SegmentHasDataElementErrors);
            segments.Add(new Segment("AK3",
                [segment.Key.SegmentId ?? "", Number(segment.Key.SegmentPosition), "", segmentCode], delimiters));
            foreach (var element in segment.Where(error => error.Level == X12ErrorLevel.Element))
            {
                segments.Add(ElementNote(element, delimiters));
            }
        }

        var setCodes = setErrors.Where(error => error.Level == X12ErrorLevel.TransactionSet)
            .Select(error => X12ErrorCodes.AcknowledgementCodeOf(error.Code))
            .ToList();
        if (status == AcknowledgementStatus.Rejected && syntaxErrors.Any())
        {
            setCodes.Add("5");
        }

        segments.Add(new Segment("AK5",
            [AcknowledgementStatusCodes.ToCode(status), .. setCodes.Distinct().Take(MaximumCodes)], delimiters));
    }

    private static Segment ElementNote(X12Error error, X12Delimiters delimiters)
    {
        var position = error.Location.ComponentPosition > 0
            ? string.Create(CultureInfo.InvariantCulture,
                $"{error.Location.ElementPosition}{delimiters.Component}{error.Location.ComponentPosition}")
            : Number(error.Location.ElementPosition);
        return new Segment("AK4",
            [position, "", X12ErrorCodes.AcknowledgementCodeOf(error.Code), CleanBadValue(error.BadValue, delimiters)],
            delimiters);
    }

    // AK404 copies the bad data, which may hold characters that are delimiters of the outbound interchange.
    private static string CleanBadValue(string? value, X12Delimiters delimiters)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var clean = new string([.. value.Where(c => delimiters.IndexOfAnyDelimiter([c]) < 0 && c is not ('\r' or '\n'))]);
        return clean.Length > MaximumBadValueLength ? clean[..MaximumBadValueLength] : clean;
    }

    private static bool BelongsTo(X12Error error, TransactionSet set) =>
        set.Index > 0
            ? error.Location.TransactionSetIndex == set.Index
            : error.Location.TransactionSetIndex > 0 && error.Location.TransactionSetControlNumber == set.ControlNumber;

    private static AcknowledgementStatus StatusOf(List<X12Error> setErrors) =>
        setErrors.Any(error => error.Severity == X12ErrorSeverity.Error) ? AcknowledgementStatus.Rejected
        : setErrors.Count > 0 ? AcknowledgementStatus.AcceptedWithErrors
        : AcknowledgementStatus.Accepted;

    private static AcknowledgementStatus GroupStatusOf(List<AcknowledgementStatus> sets, List<X12Error> groupErrors)
    {
        var accepted = sets.Count(AcknowledgementStatusCodes.IsAccepted);
        if (groupErrors.Any(error => error.Severity == X12ErrorSeverity.Error) || (sets.Count > 0 && accepted == 0))
        {
            return AcknowledgementStatus.Rejected;
        }

        if (accepted < sets.Count)
        {
            return AcknowledgementStatus.PartiallyAccepted;
        }

        return groupErrors.Count > 0 || sets.Contains(AcknowledgementStatus.AcceptedWithErrors)
            ? AcknowledgementStatus.AcceptedWithErrors
            : AcknowledgementStatus.Accepted;
    }

    private static IEnumerable<string> CodesOf(List<X12Error> errors) =>
        errors.Select(error => X12ErrorCodes.AcknowledgementCodeOf(error.Code)).Distinct().Take(MaximumCodes);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
