using Distribution.BuildingBlocks.Domain;

namespace Distribution.UnitTests.Support;

/// <summary>Asserts that an operation is refused because of one particular business rule.</summary>
internal static class BusinessRuleAssert
{
    public static TRule IsBroken<TRule>(Action operation)
        where TRule : class, IBusinessRule
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(operation);
        Assert.That(exception!.BrokenRule, Is.InstanceOf<TRule>());
        return (TRule)exception.BrokenRule;
    }
}
