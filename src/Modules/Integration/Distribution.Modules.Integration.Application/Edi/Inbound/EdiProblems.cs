using Distribution.Edi;
using Distribution.Modules.Integration.Application.Edi.ReceiveEdi;

namespace Distribution.Modules.Integration.Application.Edi.Inbound;

/// <summary>Turns the engine's errors into the receipt's problems.</summary>
internal static class EdiProblems
{
    public static EdiProblem From(X12Error error) => new(
        error.Code.ToString(),
        error.Severity == X12ErrorSeverity.Error ? "error" : "warning",
        EdiLimits.Cut(error.Message, EdiLimits.ProblemMessage),
        error.Location.SegmentId is { } segment ? EdiLimits.Cut(segment, EdiLimits.SegmentId) : null,
        error.Location.ElementPosition > 0 ? error.Location.ElementPosition : null,
        EdiLimits.Cut(error.Location.ToString(), EdiLimits.Location));

    public static EdiProblem Note(string code, string message, string location) =>
        new(code, "error", EdiLimits.Cut(message, EdiLimits.ProblemMessage), null, null, EdiLimits.Cut(location, EdiLimits.Location));
}
