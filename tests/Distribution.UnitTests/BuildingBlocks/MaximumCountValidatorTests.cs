using Distribution.BuildingBlocks.Application.Validation;
using FluentValidation;

namespace Distribution.UnitTests.BuildingBlocks;

/// <summary>MaximumCount fails past its limit and tells the OpenAPI document the limit.</summary>
[TestFixture]
public sealed class MaximumCountValidatorTests
{
    private sealed record Batch(IReadOnlyList<int>? Ids);

    private sealed class BatchValidator : AbstractValidator<Batch>
    {
        public BatchValidator() => RuleFor(b => b.Ids).MaximumCount(3);
    }

    [TestCase(0, true)]
    [TestCase(3, true)]
    [TestCase(4, false)]
    public void Validate_ByCount(int count, bool valid)
    {
        var result = new BatchValidator().Validate(new Batch(Enumerable.Range(0, count).ToList()));

        Assert.That(result.IsValid, Is.EqualTo(valid));
    }

    [Test]
    public void Validate_WithoutAList_Passes()
    {
        Assert.That(new BatchValidator().Validate(new Batch(null)).IsValid, Is.True);
    }

    [Test]
    public void Descriptor_StatesTheLimit()
    {
        var limit = new BatchValidator().CreateDescriptor().GetValidatorsForMember("Ids")
            .Select(v => v.Validator).OfType<IMaximumCountValidator>().Single();

        Assert.That(limit.Max, Is.EqualTo(3));
    }
}
