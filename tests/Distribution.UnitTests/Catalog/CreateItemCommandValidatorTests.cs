using Distribution.Modules.Catalog.Application.Items.CreateItem;
using FluentValidation.Results;

namespace Distribution.UnitTests.Catalog;

public sealed class CreateItemCommandValidatorTests
{
    [TestCase("BLT-M8-40")]
    [TestCase("a")]
    [TestCase("9.5_inch-bolt")]
    public void CreateItem_WithAValidSku_IsValid(string sku)
    {
        Assert.That(Validate(Command(sku: sku)).IsValid, Is.True);
    }

    [TestCase("")]
    [TestCase("-BLT")]
    [TestCase(".hidden")]
    [TestCase("BLT M8")]
    [TestCase("BLT/M8")]
    [TestCase("BLT-ÄÖ")]
    public void CreateItem_WithAMalformedSku_FailsOnSku(string sku)
    {
        Assert.That(FailedFields(Validate(Command(sku: sku))), Is.EqualTo(new[] { "Sku" }));
    }

    [Test]
    public void CreateItem_WithASkuLongerThan64Characters_FailsOnSku()
    {
        Assert.That(FailedFields(Validate(Command(sku: new string('A', 65)))), Is.EqualTo(new[] { "Sku" }));
        Assert.That(Validate(Command(sku: new string('A', 64))).IsValid, Is.True);
    }

    [TestCase("ea")]
    [TestCase("")]
    [TestCase("EACH-ONE")]
    [TestCase("ABCDEFGHIJK")]
    public void CreateItem_WithAMalformedBaseUnit_FailsOnBaseUnit(string unit)
    {
        Assert.That(FailedFields(Validate(Command(baseUnit: unit))), Is.EqualTo(new[] { "BaseUnit" }));
    }

    [Test]
    public void CreateItem_WithoutAName_FailsOnName()
    {
        Assert.That(FailedFields(Validate(Command(name: ""))), Is.EqualTo(new[] { "Name" }));
    }

    [Test]
    public void CreateItem_WithADescriptionOver4000Characters_FailsOnDescription()
    {
        Assert.That(FailedFields(Validate(Command(description: new string('d', 4001)))), Is.EqualTo(new[] { "Description" }));
    }

    private static CreateItemCommand Command(string sku = "BLT-M8-40", string name = "Hex bolt", string? description = null, string baseUnit = "EA") =>
        new(sku, name, description, baseUnit);

    private static ValidationResult Validate(CreateItemCommand command) => new CreateItemCommandValidator().Validate(command);

    private static string[] FailedFields(ValidationResult result) => result.Errors.Select(e => e.PropertyName).Distinct().ToArray();
}
