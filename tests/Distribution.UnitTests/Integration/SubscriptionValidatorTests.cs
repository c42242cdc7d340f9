using Distribution.Modules.Integration.Application.Subscriptions.CreateSubscription;
using FluentValidation.Results;

namespace Distribution.UnitTests.Integration;

public sealed class SubscriptionValidatorTests
{
    [Test]
    public void CreateSubscription_WithSensibleValues_IsValid()
    {
        Assert.That(Validate(Command()).IsValid, Is.True);
    }

    [TestCase("https://shop.example/hooks/catalog")]
    [TestCase("http://127.0.0.1:5080/demo/webhook-receiver")]
    public void CreateSubscription_WithAnAbsoluteHttpUrl_IsValid(string url)
    {
        Assert.That(Validate(Command(url: url)).IsValid, Is.True);
    }

    [TestCase("")]
    [TestCase("shop.example/hooks")]
    [TestCase("/relative/path")]
    [TestCase("ftp://shop.example/hooks")]
    [TestCase("file:///etc/passwd")]
    [TestCase("https://user:password@shop.example/hooks")]
    public void CreateSubscription_WithAnUnusableUrl_FailsOnUrl(string url)
    {
        Assert.That(FailedFields(Validate(Command(url: url))), Is.EqualTo(new[] { "Url" }));
    }

    [Test]
    public void CreateSubscription_WithAVeryLongUrl_FailsOnUrl()
    {
        Assert.That(FailedFields(Validate(Command(url: "https://shop.example/" + new string('a', 2000)))), Is.EqualTo(new[] { "Url" }));
    }

    [TestCase("catalog.item-created.v1")]
    [TestCase("orders.order-line-shipped.v12")]
    [TestCase("catalog.*")]
    [TestCase("*")]
    public void CreateSubscription_WithAnEventTypePrefixOrStar_IsValid(string eventType)
    {
        Assert.That(Validate(Command(eventType: eventType)).IsValid, Is.True);
    }

    [TestCase("")]
    [TestCase("catalog")]
    [TestCase("catalog.item-created")]
    [TestCase("Catalog.Item-Created.v1")]
    [TestCase("catalog.item_created.v1")]
    [TestCase("catalog.*.v1")]
    [TestCase("catalog.item-created.*")]
    [TestCase("**")]
    [TestCase("catalog.item-created.v1 ")]
    public void CreateSubscription_WithAMalformedEventType_FailsOnEventType(string eventType)
    {
        Assert.That(FailedFields(Validate(Command(eventType: eventType))), Is.EqualTo(new[] { "EventType" }));
    }

    [Test]
    public void CreateSubscription_WithAShortSecret_FailsOnSecret()
    {
        Assert.That(FailedFields(Validate(Command(secret: new string('s', 23)))), Is.EqualTo(new[] { "Secret" }));
    }

    [Test]
    public void CreateSubscription_WithoutASecret_IsValid()
    {
        Assert.That(Validate(Command(secret: null)).IsValid, Is.True);
    }

    [TestCase(0)]
    [TestCase(51)]
    public void CreateSubscription_WithMaxAttemptsOutOfRange_FailsOnMaxAttempts(int maxAttempts)
    {
        Assert.That(FailedFields(Validate(Command(maxAttempts: maxAttempts))), Is.EqualTo(new[] { "MaxAttempts" }));
    }

    [TestCase(1)]
    [TestCase(50)]
    [TestCase(null)]
    public void CreateSubscription_WithMaxAttemptsInRange_IsValid(int? maxAttempts)
    {
        Assert.That(Validate(Command(maxAttempts: maxAttempts)).IsValid, Is.True);
    }

    private static CreateSubscriptionCommand Command(
        string url = "https://shop.example/hooks", string eventType = "catalog.*", string? secret = "a-secret-of-at-least-24-chars", int? maxAttempts = 5) =>
        new("Shop catalog sync", eventType, url, secret, maxAttempts);

    private static ValidationResult Validate(CreateSubscriptionCommand command) => new CreateSubscriptionCommandValidator().Validate(command);

    private static string[] FailedFields(ValidationResult result) => result.Errors.Select(e => e.PropertyName).Distinct().ToArray();
}
