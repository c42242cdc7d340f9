using Distribution.Edi;
using Distribution.Modules.Integration.Application.Edi.ReceiveEdi;

namespace Distribution.Modules.Integration.Application.Edi.Inbound;

/// <summary>Turns the engine's errors into the receipt's problems.</summary>
internal static class EdiProblems
{
    public static EdiProblem From(X12Error error) => new(
        error.Code.ToString(),
        error.Severity == X12ErrorSeverity.Error ? "error" : "warning",
        error.Message,
        error.Location.SegmentId,
        error.Location.ElementPosition > 0 ? error.Location.ElementPosition : null,
        error.Location.ToString());

    public static EdiProblem Note(string code, string message, string location) => new(code, "error", message, null, null, location);
}
