using Distribution.BuildingBlocks.Application.Errors;
using FluentValidation;
using Mediator;

namespace Distribution.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Runs every FluentValidation validator of the message and reports all failures at once, so a client fixes a
/// request in one round trip instead of one field at a time.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    /// <inheritdoc />
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TMessage>(message), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            var errors = failures
                .GroupBy(f => ToCamelCase(f.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
            throw new RequestValidationException(errors);
        }

        return await next(message, cancellationToken);
    }

    // "Lines[0].UnitCode" → "lines[0].unitCode": the names clients see in the JSON they sent.
    private static string ToCamelCase(string propertyPath) => string.Join('.',
        propertyPath.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
