using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Distribution.Edi.Tests.Samples;

/// <summary>Expected facts for one interchange, as MANIFEST.txt lists them.</summary>
internal sealed record ManifestInterchange(char Element, char Terminator, IReadOnlyList<string> TransactionSets);

/// <summary>
/// Parses the "Expected envelope facts" section of MANIFEST.txt (Python string reprs), so the corpus test checks
/// the manifest's own statements rather than a copy of them.
/// </summary>
internal static partial class ManifestFacts
{
    public static IReadOnlyDictionary<string, List<ManifestInterchange>> Load(string samplesFolder)
    {
        var facts = new Dictionary<string, List<ManifestInterchange>>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(samplesFolder, "MANIFEST.txt"));
        var section = Array.FindIndex(lines, line => line.StartsWith("== Expected envelope facts", StringComparison.Ordinal));
        List<ManifestInterchange>? current = null;
        foreach (var line in lines.Skip(section + 1))
        {
            var match = FactLine().Match(line);
            if (match.Success && current is not null)
            {
                var sets = SetPattern().Matches(match.Groups["tx"].Value).Select(set => set.Groups[1].Value).ToList();
                current.Add(new ManifestInterchange(
                    Unescape(match.Groups["elem"].Value), Unescape(match.Groups["term"].Value), sets));
            }
            else if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && !line.StartsWith("File ", StringComparison.Ordinal))
            {
                current = [];
                facts[line.Trim()] = current;
            }
        }

        return facts;
    }

    private static char Unescape(string repr)
    {
        var text = new StringBuilder();
        for (var index = 0; index < repr.Length; index++)
        {
            if (repr[index] != '\\')
            {
                text.Append(repr[index]);
                continue;
            }

            var next = repr[++index];
            if (next == 'x')
            {
                text.Append((char)int.Parse(repr.AsSpan(index + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                index += 2;
            }
            else
            {
                text.Append(next switch { 'n' => '\n', 'r' => '\r', 't' => '\t', _ => next });
            }
        }

        return text.ToString().Single();
    }

    [GeneratedRegex(@"^\s+elem='(?<elem>[^']*)' term='(?<term>[^']*)' tx=\[(?<tx>[^\]]*)\] issues=\[\]")]
    private static partial Regex FactLine();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex SetPattern();
}
