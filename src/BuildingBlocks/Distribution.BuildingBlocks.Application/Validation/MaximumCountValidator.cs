using System.Collections;
using FluentValidation;
using FluentValidation.Validators;

namespace Distribution.BuildingBlocks.Application.Validation;

/// <summary>A list limit that the OpenAPI document can read back (it becomes the array's <c>maxItems</c>).</summary>
public interface IMaximumCountValidator
{
    /// <summary>Most elements the list may have.</summary>
    int Max { get; }
}

/// <summary>Fails when a list has more than <see cref="Max"/> elements (a null list passes; pair with NotEmpty).</summary>
public sealed class MaximumCountValidator<T, TCollection>(int max) : PropertyValidator<T, TCollection>, IMaximumCountValidator
    where TCollection : IEnumerable?
{
    /// <inheritdoc />
    public int Max { get; } = max;

    /// <inheritdoc />
    public override string Name => "MaximumCountValidator";

    /// <inheritdoc />
    public override bool IsValid(ValidationContext<T> context, TCollection value)
    {
        if (value is null)
        {
            return true;
        }

        if (value is ICollection collection)
        {
            return collection.Count <= Max;
        }

        var count = 0;
        foreach (var _ in value)
        {
            if (++count > Max)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    protected override string GetDefaultMessageTemplate(string errorCode) => $"At most {Max} elements.";
}

/// <summary>Rule-builder shortcut for <see cref="MaximumCountValidator{T, TCollection}"/>.</summary>
public static class MaximumCountRule
{
    /// <summary>The list may have at most <paramref name="max"/> elements.</summary>
    public static IRuleBuilderOptions<T, TCollection> MaximumCount<T, TCollection>(this IRuleBuilder<T, TCollection> rule, int max)
        where TCollection : IEnumerable?
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.SetValidator(new MaximumCountValidator<T, TCollection>(max));
    }
}
