using Microsoft.AspNetCore.Builder;

namespace Distribution.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// The most elements an endpoint's list response has (a bound its handler keeps), stated as the response's
/// <c>maxItems</c> in Swagger. Paged responses need none: their page limit is stated already.
/// </summary>
/// <param name="MaxItems">Most elements.</param>
public sealed record ResponseMaxItems(int MaxItems);

/// <summary>Adds <see cref="ResponseMaxItems"/> metadata to an endpoint.</summary>
public static class ResponseMaxItemsExtensions
{
    /// <summary>Documents that the endpoint's list response has at most <paramref name="maxItems"/> elements.</summary>
    public static TBuilder WithResponseMaxItems<TBuilder>(this TBuilder builder, int maxItems)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new ResponseMaxItems(maxItems));
}
