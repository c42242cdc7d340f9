using System.Security.Cryptography;
using System.Text;
using Distribution.Modules.Partners.Domain.ApiClients;

namespace Distribution.UnitTests.Partners;

/// <summary>Keys are <c>dih_&lt;prefix&gt;_&lt;secret&gt;</c>; only the prefix and a SHA-256 hash are kept.</summary>
public sealed class ApiKeySecretTests
{
    [Test]
    public void Generate_MakesAKeyOfMarkerPrefixAndSecret()
    {
        var secret = ApiKeySecret.Generate();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(secret.Prefix, Does.Match("^[0-9a-f]{12}$"));
            Assert.That(secret.PlainText, Does.StartWith($"dih_{secret.Prefix}_"));
            Assert.That(secret.PlainText.Split('_'), Has.Length.EqualTo(3), "The secret part never contains the separator.");
            Assert.That(secret.PlainText.Length, Is.GreaterThanOrEqualTo(4 + 12 + 1 + 43), "32 random bytes of secret.");
        }
    }

    [Test]
    public void Generate_HashIsTheHexSha256OfTheWholeKey()
    {
        var secret = ApiKeySecret.Generate();

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret.PlainText)));

        Assert.That(secret.Hash, Is.EqualTo(expected));
    }

    [Test]
    public void Generate_TwoKeys_AreDifferent()
    {
        var first = ApiKeySecret.Generate();
        var second = ApiKeySecret.Generate();

        Assert.That(second.PlainText, Is.Not.EqualTo(first.PlainText));
        Assert.That(second.Prefix, Is.Not.EqualTo(first.Prefix));
    }

    [Test]
    public void PrefixOf_AGeneratedKey_IsItsMiddlePart()
    {
        Assert.That(ApiKeySecret.PrefixOf("dih_0a1b2c3d4e5f_c2VjcmV0LXNlY3JldC1zZWNyZXQ"), Is.EqualTo("0a1b2c3d4e5f"));
    }

    [Test]
    public void PrefixOf_AnyOtherKey_IsItsFirstTwelveCharacters()
    {
        Assert.That(ApiKeySecret.PrefixOf("configured-admin-key-of-some-length"), Is.EqualTo("configured-a"));
    }

    [TestCase("")]
    [TestCase("short")]
    [TestCase("elevenchars")]
    public void PrefixOf_AKeyShorterThanTwelveCharacters_IsNull(string presented)
    {
        Assert.That(ApiKeySecret.PrefixOf(presented), Is.Null);
    }

    [Test]
    public void Matches_TheSameKey_IsTrueAndAnyOtherKey_IsFalse()
    {
        var secret = ApiKeySecret.Generate();

        Assert.That(ApiKeySecret.Matches(secret.PlainText, secret.Hash), Is.True);
        Assert.That(ApiKeySecret.Matches(secret.PlainText + "x", secret.Hash), Is.False);
        Assert.That(ApiKeySecret.Matches(ApiKeySecret.Generate().PlainText, secret.Hash), Is.False);
    }

    [Test]
    public void FromConfigured_WithThirtyTwoCharacters_IsAccepted()
    {
        var plain = new string('k', 32);

        var secret = ApiKeySecret.FromConfigured(plain);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(secret.PlainText, Is.EqualTo(plain));
            Assert.That(secret.Prefix, Is.EqualTo(plain[..12]));
            Assert.That(secret.Hash, Is.EqualTo(ApiKeySecret.HashOf(plain)));
        }
    }

    [Test]
    public void FromConfigured_InTheGeneratedFormat_KeepsItsPrefix()
    {
        var generated = ApiKeySecret.Generate();

        Assert.That(ApiKeySecret.FromConfigured(generated.PlainText).Prefix, Is.EqualTo(generated.Prefix));
    }

    [Test]
    public void FromConfigured_WithFewerThanThirtyTwoCharacters_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => ApiKeySecret.FromConfigured(new string('k', 31)));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void FromConfigured_WhenBlank_IsRefused(string plain)
    {
        Assert.Throws<ArgumentException>(() => ApiKeySecret.FromConfigured(plain));
    }
}
