namespace Distribution.Edi.Tests;

/// <summary>Small hand-written X12 documents for unit tests.</summary>
internal static class TestDocuments
{
    public const string Isa00401 =
        "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*U*00401*000000123*0*P*>~";

    /// <summary>One interchange, one PO group (GS06 7), one 850 (ST02 0001) of 5 segments.</summary>
    public const string PurchaseOrder =
        Isa00401 +
        "GS*PO*SENDER*RECEIVER*20240101*1200*7*X*004010~" +
        "ST*850*0001~" +
        "BEG*00*SA*PO-1**20240101~" +
        "PO1*1*10*EA*9.95**UP*012345678905~" +
        "CTT*1~" +
        "SE*5*0001~" +
        "GE*1*7~" +
        "IEA*1*000000123~";

    /// <summary>Replaces the standard delimiters of <paramref name="document"/> (written with * &gt; ~).</summary>
    public static string WithDelimiters(string document, char element, char component, char terminator) =>
        new(document.Select(c => c switch { '*' => element, '>' => component, '~' => terminator, _ => c }).ToArray());
}
