using Distribution.Modules.Partners.Application.ApiClients.CreateApiClient;
using Distribution.UnitTests.Support;
using FluentValidation.Results;

namespace Distribution.UnitTests.Partners;

public sealed class CreateApiClientCommandValidatorTests
{
    [Test]
    public void CreateApiClient_ForAnInternalSystem_NeedsNoPartner()
    {
        Assert.That(Validate(new CreateApiClientCommand("ERP", "internal", null, ["catalog:read"], null)).IsValid, Is.True);
    }

    [TestCase("customer")]
    [TestCase("Supplier")]
    public void CreateApiClient_ForACustomerOrSupplierWithoutPartner_FailsOnPartnerId(string kind)
    {
        Assert.That(FailedFields(Validate(new CreateApiClientCommand("Portal", kind, null, ["orders:read"], null))), Is.EqualTo(new[] { "PartnerId" }));
    }

    [Test]
    public void CreateApiClient_WithAnUnknownKind_FailsOnKind()
    {
        Assert.That(FailedFields(Validate(new CreateApiClientCommand("X", "robot", null, [], null))), Is.EqualTo(new[] { "Kind" }));
    }

    [Test]
    public void CreateApiClient_WithAnUnknownScope_NamesTheScope()
    {
        var result = Validate(new CreateApiClientCommand("ERP", "internal", null, ["catalog:read", "everything:write"], null));

        Assert.That(result.Errors.Single().ErrorMessage, Does.Contain("everything:write"));
    }

    [Test]
    public void CreateApiClient_WithAKeyExpiringInThePast_FailsOnKeyExpiresAt()
    {
        var past = Clock.Start.UtcDateTime.AddMinutes(-1);

        Assert.That(FailedFields(Validate(new CreateApiClientCommand("ERP", "internal", null, [], past))), Is.EqualTo(new[] { "KeyExpiresAt" }));
    }

    private static ValidationResult Validate(CreateApiClientCommand command) => new CreateApiClientCommandValidator(Clock.Fake()).Validate(command);

    private static string[] FailedFields(ValidationResult result) => result.Errors.Select(e => e.PropertyName).Distinct().ToArray();
}
