namespace Distribution.BuildingBlocks.Domain;

/// <summary>An object with identity. Equality is by id, never by value.</summary>
public abstract class Entity<TId>
    where TId : notnull
{
    /// <summary>The identity of this entity.</summary>
    public TId Id { get; protected set; } = default!;

    /// <summary>Throws <see cref="BusinessRuleValidationException"/> when the rule is broken.</summary>
    protected static void CheckRule(IBusinessRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }
    }
}
