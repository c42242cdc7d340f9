using Distribution.BuildingBlocks.Domain;

namespace Distribution.UnitTests.Catalog;

/// <summary>Asserts that an action breaks exactly the expected business rule.</summary>
internal static class CatalogRules
{
    public static TRule AssertBrokenRule<TRule>(Action action)
        where TRule : IBusinessRule
    {
        var exception = Assert.Throws<BusinessRuleValidationException>(action)!;
        Assert.That(exception.BrokenRule, Is.TypeOf<TRule>(), exception.Message);
        return (TRule)exception.BrokenRule;
    }

    public static readonly DateTime Now = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);
}
