using Distribution.Edi.Writing;

namespace Distribution.Edi.Tests.Writing;

/// <summary>Writes read interchanges again with the strict writer, keeping their delimiters.</summary>
internal static class RoundTrip
{
    public static string Write(Interchange interchange, string segmentSuffix = "")
    {
        var output = new StringWriter();
        new X12Writer(output, interchange.Delimiters, segmentSuffix).WriteInterchange(interchange);
        return output.ToString();
    }

    public static IEnumerable<string> Flatten(Interchange interchange) =>
        interchange.AllSegments().Select(segment => segment.ToString());
}
