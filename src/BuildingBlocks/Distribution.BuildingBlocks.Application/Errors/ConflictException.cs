namespace Distribution.BuildingBlocks.Application.Errors;

/// <summary>The request conflicts with the current state (a duplicate key, a request in flight): 409.</summary>
public sealed class ConflictException(string code, string message) : Exception(message)
{
    /// <summary>A stable code clients can switch on, e.g. <c>catalog.sku-taken</c>.</summary>
    public string Code { get; } = code;
}
