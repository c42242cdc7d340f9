namespace Distribution.BuildingBlocks.Application.Errors;

/// <summary>The request is malformed: 400 with every failing field at once (RFC 9457 validation problem).</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more validation errors occurred.")
{
    /// <summary>Field name (camelCase, dotted for nested) → messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>Convenience for a single failing field.</summary>
    public static RequestValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
