using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Validation;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Messages.ListMessages;
using Distribution.Modules.Integration.Domain.Messages;

namespace Distribution.UnitTests.BuildingBlocks;

/// <summary>Enum values from clients are members' names in any case, never numbers or comma lists.</summary>
public sealed class EnumNamesTests
{
    [TestCase("sent", OutboundMessageStatus.Sent)]
    [TestCase("deadLettered", OutboundMessageStatus.DeadLettered)]
    [TestCase(" RETRYING ", OutboundMessageStatus.Retrying)]
    public void TryParse_ANameInAnyCase_IsThatMember(string value, OutboundMessageStatus expected)
    {
        Assert.That(EnumNames.TryParse<OutboundMessageStatus>(value, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(expected));
    }

    [TestCase("1")]
    [TestCase("99")]
    [TestCase("-1")]
    [TestCase("pending,retrying")]
    [TestCase("sent ok")]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase(null)]
    public void TryParse_AnythingElse_IsRefused(string? value) =>
        Assert.That(EnumNames.TryParse<OutboundMessageStatus>(value, out _), Is.False);

    [Test]
    public void ListMessages_WhenTheStatusIsANumber_IsABadRequestNamingTheField()
    {
        var messages = Substitute.For<IOutboundMessageRepository>();
        var handler = new ListMessagesQueryHandler(messages);

        var error = Assert.ThrowsAsync<RequestValidationException>(async () =>
            await handler.Handle(new ListMessagesQuery(null, "1", null, null, null), CancellationToken.None));

        Assert.That(error!.Errors.Keys, Is.EquivalentTo(new[] { "status" }));
        Assert.That(messages.ReceivedCalls(), Is.Empty, "nothing is listed for a status nobody documented");
    }
}
