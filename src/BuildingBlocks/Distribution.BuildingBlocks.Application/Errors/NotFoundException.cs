namespace Distribution.BuildingBlocks.Application.Errors;

/// <summary>The resource does not exist (or is not visible to the caller): 404.</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    /// <summary>The kind of resource, e.g. <c>Item</c>.</summary>
    public string Resource { get; } = resource;
}
