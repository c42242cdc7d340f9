using System.Security.Cryptography;
using System.Text;
using Distribution.Modules.Integration.Infrastructure.Webhooks;

namespace Distribution.UnitTests.Integration;

/// <summary>Standard Webhooks signatures: <c>v1,</c> + base64 HMAC-SHA256 of <c>{id}.{timestamp}.{body}</c>.</summary>
public sealed class WebhookSignatureTests
{
    // The example of the Standard Webhooks specification.
    private const string SpecSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string SpecId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long SpecTimestamp = 1614265330;
    private const string SpecBody = """{"test": 2432232314}""";

    [Test]
    public void Sign_TheSpecificationsExample_GivesTheSpecificationsSignature()
    {
        Assert.That(WebhookSignature.Sign(SpecSecret, SpecId, SpecTimestamp, SpecBody),
            Is.EqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }

    [Test]
    public void Sign_WithAWhsecSecret_UsesTheBase64DecodedKey()
    {
        var key = Convert.FromBase64String("c2VjcmV0LWtleS1ieXRlcy1mb3ItdGhlLXRlc3Q=");
        var id = Guid.Parse("0195a1b2-0000-7000-8000-000000000001").ToString();
        const long timestamp = 1772443800;
        const string body = """{"id":"0195a1b2-0000-7000-8000-000000000001","type":"catalog.item-created.v1"}""";
        using var hmac = new HMACSHA256(key);
        var expected = "v1," + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));

        Assert.That(WebhookSignature.Sign("whsec_c2VjcmV0LWtleS1ieXRlcy1mb3ItdGhlLXRlc3Q=", id, timestamp, body), Is.EqualTo(expected));
    }

    [Test]
    public void Sign_WithAPlainSecret_UsesItsUtf8Bytes()
    {
        const string secret = "a-plain-shared-secret-of-some-length";
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var expected = "v1," + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes("evt_1.1700000000.{}")));

        Assert.That(WebhookSignature.Sign(secret, "evt_1", 1700000000, "{}"), Is.EqualTo(expected));
    }

    [Test]
    public void Sign_WithAWhsecPrefixButNoBase64_UsesTheWholeSecretsUtf8Bytes()
    {
        const string secret = "whsec_this is not base64!";
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var expected = "v1," + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes("evt_1.1700000000.{}")));

        Assert.That(WebhookSignature.Sign(secret, "evt_1", 1700000000, "{}"), Is.EqualTo(expected));
    }

    [Test]
    public void Verify_OfItsOwnSignature_IsTrue()
    {
        var signature = WebhookSignature.Sign(SpecSecret, SpecId, SpecTimestamp, SpecBody);

        Assert.That(WebhookSignature.Verify(SpecSecret, SpecId, SpecTimestamp, SpecBody, signature), Is.True);
    }

    [Test]
    public void Verify_WhenOneOfSeveralSignaturesMatches_IsTrue()
    {
        var signature = WebhookSignature.Sign(SpecSecret, SpecId, SpecTimestamp, SpecBody);

        Assert.That(WebhookSignature.Verify(SpecSecret, SpecId, SpecTimestamp, SpecBody, $"v1,b2xkLXNpZ25hdHVyZQ== {signature}"), Is.True);
    }

    [Test]
    public void Verify_WhenAnythingSignedChanged_IsFalse()
    {
        var signature = WebhookSignature.Sign(SpecSecret, SpecId, SpecTimestamp, SpecBody);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(WebhookSignature.Verify(SpecSecret, SpecId, SpecTimestamp, SpecBody + " ", signature), Is.False, "body");
            Assert.That(WebhookSignature.Verify(SpecSecret, SpecId, SpecTimestamp + 1, SpecBody, signature), Is.False, "timestamp");
            Assert.That(WebhookSignature.Verify(SpecSecret, "msg_other", SpecTimestamp, SpecBody, signature), Is.False, "id");
            Assert.That(WebhookSignature.Verify("whsec_b3RoZXItc2VjcmV0LW90aGVyLXNlY3JldA==", SpecId, SpecTimestamp, SpecBody, signature),
                Is.False, "secret");
        }
    }

    [Test]
    public void Verify_OfAnEmptyHeader_IsFalse()
    {
        Assert.That(WebhookSignature.Verify(SpecSecret, SpecId, SpecTimestamp, SpecBody, ""), Is.False);
    }
}
