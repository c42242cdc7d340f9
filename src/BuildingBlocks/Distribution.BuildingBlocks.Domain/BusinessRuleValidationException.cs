namespace Distribution.BuildingBlocks.Domain;

/// <summary>Thrown when a command would break a business rule; the host answers 422 with the rule's code.</summary>
public sealed class BusinessRuleValidationException(IBusinessRule brokenRule) : Exception(brokenRule.Message)
{
    /// <summary>The rule that was broken.</summary>
    public IBusinessRule BrokenRule { get; } = brokenRule;
}
