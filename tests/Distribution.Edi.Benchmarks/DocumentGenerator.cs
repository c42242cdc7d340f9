using System.Globalization;
using System.Text;

namespace Distribution.Edi.Benchmarks;

/// <summary>
/// Writes deterministic, realistic X12 (850 purchase orders and 856 ship notices, many interchanges, "~\n" after each
/// segment) until a target size is reached, so every run measures the same input.
/// </summary>
internal static class DocumentGenerator
{
    private static readonly string[] Units = ["EA", "CA", "BX", "PK", "DZ"];
    private static readonly string[] Stores = ["0012", "0047", "0103", "0220", "0381", "0415"];

    public static string GenerateText(long targetChars)
    {
        var builder = new StringBuilder((int)Math.Min(int.MaxValue / 2, targetChars + 64 * 1024));
        using (var writer = new StringWriter(builder, CultureInfo.InvariantCulture))
        {
            Generate(writer, targetChars);
        }

        return builder.ToString();
    }

    public static void GenerateFile(string path, long targetBytes)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        Generate(writer, targetBytes);
    }

    private static void Generate(TextWriter writer, long target)
    {
        var random = new Random(20240101);
        var counter = new CountingWriter(writer);
        for (var interchange = 1; counter.Written < target; interchange++)
        {
            WriteInterchange(counter, random, interchange);
        }
    }

    private static void WriteInterchange(CountingWriter output, Random random, int number)
    {
        var control = number.ToString("D9", CultureInfo.InvariantCulture);
        var shipNotice = number % 3 == 0;
        output.Segment($"ISA*00*          *00*          *ZZ*DISTRIBUTOR    *ZZ*RETAILER{number % 7,-7}*240101*1200*U*00401*{control}*0*P*>");
        output.Segment($"GS*{(shipNotice ? "SH" : "PO")}*DISTRIBUTOR*RETAILER*20240101*1200*{number}*X*004010");
        var sets = random.Next(2, 8);
        for (var set = 1; set <= sets; set++)
        {
            var setControl = (number * 10 + set).ToString("D4", CultureInfo.InvariantCulture);
            var segments = shipNotice ? WriteShipNotice(output, random, setControl) : WritePurchaseOrder(output, random, setControl);
            output.Segment($"SE*{segments + 1}*{setControl}");
        }

        output.Segment($"GE*{sets}*{number}");
        output.Segment($"IEA*1*{control}");
    }

    private static int WritePurchaseOrder(CountingWriter output, Random random, string control)
    {
        var count = 0;
        void Segment(string text)
        {
            output.Segment(text);
            count++;
        }

        Segment($"ST*850*{control}");
        Segment($"BEG*00*SA*PO{random.Next(100000, 999999)}**20240101");
        Segment("REF*DP*0231");
        Segment("REF*IA*154880");
        Segment("ITD*01*3*2**30**60*****2/30 NET 60");
        Segment("DTM*010*20240115");
        Segment("TD5*B*2*UPSN*M*UPS GROUND");
        Segment($"N1*ST*STORE {random.Next(1, 999)}*92*{Stores[random.Next(Stores.Length)]}");
        Segment("N3*7615 DISALLE BOULEVARD");
        Segment("N4*FORT WAYNE*IN*46825*US");
        var lines = random.Next(5, 40);
        for (var line = 1; line <= lines; line++)
        {
            var quantity = random.Next(1, 500);
            Segment($"PO1*{line}*{quantity}*{Units[random.Next(Units.Length)]}*{random.Next(100, 99999) / 100.0:0.00}*PE*UP*0{random.NextInt64(10000000000, 99999999999)}*VN*SKU-{random.Next(10000, 99999)}");
            Segment($"PID*F****ITEM DESCRIPTION {random.Next(1000, 9999)} BLUE WIDGET");
            Segment($"PO4*{random.Next(1, 24)}*1*EA");
            Segment($"SDQ*EA*92*{Stores[0]}*{quantity / 2}*{Stores[1]}*{quantity - (quantity / 2)}");
        }

        Segment($"CTT*{lines}");
        return count;
    }

    private static int WriteShipNotice(CountingWriter output, Random random, string control)
    {
        var count = 0;
        void Segment(string text)
        {
            output.Segment(text);
            count++;
        }

        Segment($"ST*856*{control}");
        Segment($"BSN*00*SH{random.Next(100000, 999999)}*20240102*1015*0001");
        Segment("HL*1**S");
        Segment($"TD1*CTN25*{random.Next(1, 50)}****G*{random.Next(10, 900)}*LB");
        Segment("TD5**2*UPSN*M");
        Segment($"REF*BM*BOL{random.Next(100000, 999999)}");
        Segment("DTM*011*20240102");
        Segment("N1*SF*DISTRIBUTION CENTER*92*DC01");
        Segment("HL*2*1*O");
        Segment($"PRF*PO{random.Next(100000, 999999)}***20240101");
        var hl = 2;
        var packs = random.Next(2, 12);
        for (var pack = 0; pack < packs; pack++)
        {
            var packId = ++hl;
            Segment($"HL*{packId}*2*P");
            Segment($"MAN*GM*00{random.NextInt64(1000000000000000, 9999999999999999)}");
            var items = random.Next(1, 5);
            for (var item = 0; item < items; item++)
            {
                Segment($"HL*{++hl}*{packId}*I");
                Segment($"LIN**UP*0{random.NextInt64(10000000000, 99999999999)}*VN*SKU-{random.Next(10000, 99999)}");
                Segment($"SN1**{random.Next(1, 48)}*EA");
            }
        }

        Segment($"CTT*{hl}");
        return count;
    }

    /// <summary>Counts what is written (ASCII only, so characters are bytes).</summary>
    private sealed class CountingWriter(TextWriter inner)
    {
        public long Written { get; private set; }

        public void Segment(string text)
        {
            inner.Write(text);
            inner.Write("~\n");
            Written += text.Length + 2;
        }
    }
}
