using Microsoft.AspNetCore.Builder;

namespace Distribution.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// An example request body shown in Swagger ("Try it out" pre-fills it). Examples refer to the demo data, so each
/// one succeeds when sent once to a freshly started demo hub.
/// </summary>
/// <param name="Example">The body, serialised as the API's camelCase JSON.</param>
public sealed record RequestExample(object Example);

/// <summary>Adds <see cref="RequestExample"/> metadata to an endpoint.</summary>
public static class RequestExampleExtensions
{
    /// <summary>Documents <paramref name="example"/> as the endpoint's example request body.</summary>
    public static TBuilder WithRequestExample<TBuilder>(this TBuilder builder, object example)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RequestExample(example));
}
