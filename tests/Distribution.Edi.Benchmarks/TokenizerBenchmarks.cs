using BenchmarkDotNet.Attributes;
using Distribution.Edi.Reading;

namespace Distribution.Edi.Benchmarks;

/// <summary>
/// Our streaming reader (segments and elements located, envelopes checked) against a naive tokenizer that splits the
/// same in-memory text on the terminator and then on the element separator.
/// </summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    /// <summary>Size of the generated input, in characters (= bytes: the text is ASCII).</summary>
    public const long InputSize = 50L * 1024 * 1024;

    private string _text = "";

    [GlobalSetup]
    public void GenerateInput() => _text = DocumentGenerator.GenerateText(InputSize);

    [Benchmark(Baseline = true, Description = "naive string.Split")]
    public long NaiveSplit()
    {
        long elements = 0;
        foreach (var segment in _text.Split('~'))
        {
            elements += segment.Split('*').Length;
        }

        return elements;
    }

    [Benchmark(Description = "X12Reader (spans + envelope checks)")]
    public long SpanReader()
    {
        long elements = 0;
        using var reader = X12Reader.FromText(_text);
        while (reader.Read())
        {
            elements += reader.Current.ElementCount + 1;
        }

        if (reader.Errors.Count > 0)
        {
            throw new InvalidOperationException($"The generated input has envelope errors: {reader.Errors[0]}");
        }

        return elements;
    }
}
