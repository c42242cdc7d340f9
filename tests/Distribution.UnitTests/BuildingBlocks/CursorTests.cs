using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Paging;

namespace Distribution.UnitTests.BuildingBlocks;

/// <summary>Opaque keyset cursors: what we issue comes back; anything else is a 400 on <c>cursor</c>.</summary>
public sealed class CursorTests
{
    [TestCase("BLT-M8-40")]
    [TestCase("Ünïcödé/+=?&")]
    [TestCase("a")]
    public void Decode_OfAnEncodedKey_IsTheKey(string key)
    {
        Assert.That(Cursor.Decode(Cursor.Encode(key)), Is.EqualTo(key));
    }

    [Test]
    public void Encode_IsUrlSafe()
    {
        Assert.That(Cursor.Encode("??>>~~ÿÿ"), Does.Match("^[A-Za-z0-9_-]+$"));
    }

    [TestCase(null)]
    [TestCase("")]
    public void Decode_WithoutACursor_IsNull(string? cursor)
    {
        Assert.That(Cursor.Decode(cursor), Is.Null);
    }

    [Test]
    public void Decode_OfACursorLongerThanTheMaximum_IsA400OnCursor()
    {
        var failure = Assert.Throws<RequestValidationException>(() => Cursor.Decode(new string('A', Cursor.MaxLength + 4)));

        Assert.That(failure!.Errors.Keys, Is.EqualTo(new[] { "cursor" }));
    }

    [TestCase("not a cursor!")]
    [TestCase("%%%")]
    [TestCase("A")]
    public void Decode_OfATamperedCursor_FailsOnCursor(string cursor)
    {
        var failure = Assert.Throws<RequestValidationException>(() => Cursor.Decode(cursor));

        Assert.That(failure!.Errors.Keys, Is.EqualTo(new[] { "cursor" }));
    }

    [Test]
    public void GuidCursor_RoundTrips()
    {
        var id = Guid.CreateVersion7();

        Assert.That(GuidCursor.Decode(GuidCursor.Encode(id)), Is.EqualTo(id));
    }

    [TestCase(null)]
    [TestCase("")]
    public void GuidCursor_WithoutACursor_IsNull(string? cursor)
    {
        Assert.That(GuidCursor.Decode(cursor), Is.Null);
    }

    [TestCase("not base64 at all!")]
    public void GuidCursor_OfATamperedCursor_FailsOnCursor(string cursor)
    {
        var failure = Assert.Throws<RequestValidationException>(() => GuidCursor.Decode(cursor));

        Assert.That(failure!.Errors.Keys, Is.EqualTo(new[] { "cursor" }));
    }

    [Test]
    public void GuidCursor_OfAValidCursorThatHoldsNoGuid_FailsOnCursor()
    {
        var failure = Assert.Throws<RequestValidationException>(() => GuidCursor.Decode(Cursor.Encode("BLT-M8-40")));

        Assert.That(failure!.Errors.Keys, Is.EqualTo(new[] { "cursor" }));
    }

    [Test]
    public void Limit_WhenNotGiven_IsTheDefault()
    {
        Assert.That(Cursor.Limit(null), Is.EqualTo(50));
    }

    [TestCase(1)]
    [TestCase(50)]
    [TestCase(200)]
    public void Limit_WithinOneToTwoHundred_IsKept(int limit)
    {
        Assert.That(Cursor.Limit(limit), Is.EqualTo(limit));
    }

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(201)]
    [TestCase(int.MaxValue)]
    public void Limit_OutsideOneToTwoHundred_FailsOnLimit(int limit)
    {
        var failure = Assert.Throws<RequestValidationException>(() => Cursor.Limit(limit));

        Assert.That(failure!.Errors.Keys, Is.EqualTo(new[] { "limit" }));
    }
}
