using Microsoft.AspNetCore.Builder;

namespace Distribution.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// The longest raw (non-JSON) request body an endpoint takes (a bound it enforces), stated as the body schema's
/// <c>maxLength</c> in Swagger.
/// </summary>
/// <param name="MaxLength">Most characters.</param>
public sealed record RequestBodyMaxLength(int MaxLength);

/// <summary>Adds <see cref="RequestBodyMaxLength"/> metadata to an endpoint.</summary>
public static class RequestBodyMaxLengthExtensions
{
    /// <summary>Documents that the endpoint refuses raw bodies longer than <paramref name="maxLength"/>.</summary>
    public static TBuilder WithRequestBodyMaxLength<TBuilder>(this TBuilder builder, int maxLength)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RequestBodyMaxLength(maxLength));
}
