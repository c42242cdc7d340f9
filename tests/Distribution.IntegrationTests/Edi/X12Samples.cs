using System.Globalization;

namespace Distribution.IntegrationTests.Edi;

/// <summary>Builds small X12 interchanges for the EDI tests (fixed-width ISA, one group, '*' '>' '~').</summary>
internal static class X12Samples
{
    /// <summary>The hub's own interchange id (the appsettings default).</summary>
    public const string HubId = "DISTHUB";

    /// <summary>An interchange from <paramref name="senderId"/> to the hub holding <paramref name="sets"/> in one group.</summary>
    public static string Interchange(string senderId, int isa13, string functionalId, int gs06, IEnumerable<string> sets,
        string receiverId = HubId, int? ieaControlNumber = null, bool acknowledgementRequested = false) =>
        $"ISA*00*          *00*          *ZZ*{senderId,-15}*ZZ*{receiverId,-15}*261128*0900*U*00401*{isa13:D9}*{(acknowledgementRequested ? 1 : 0)}*T*>~\n"
        + $"GS*{functionalId}*{senderId}*{HubId}*20261128*0900*{gs06}*X*004010~\n"
        + string.Concat(sets)
        + $"GE*{sets.Count()}*{gs06}~\n"
        + $"IEA*1*{(ieaControlNumber ?? isa13):D9}~\n";

    /// <summary>An 850 with one line; <paramref name="declaredSegments"/> overrides SE01 (5 is right).</summary>
    public static string PurchaseOrder(string st02, string poNumber, int declaredSegments = 5) =>
        $"ST*850*{st02}~\nBEG*00*SA*{poNumber}**20261128~\nPO1*1*12*EA*9.50**UP*006381333950~\nCTT*1~\nSE*{declaredSegments}*{st02}~\n";

    /// <summary>A 997 answering our group <paramref name="groupControlNumber"/> with AK9 <paramref name="status"/> (A, E, R).</summary>
    public static string FunctionalAcknowledgement(string st02, string functionalId, string groupControlNumber, string status, int sets = 1)
    {
        var accepted = status is "A" or "E" ? sets : 0;
        var body = $"AK1*{functionalId}*{groupControlNumber}~\nAK9*{status}*{sets}*{sets}*{accepted}~\n";
        return $"ST*997*{st02}~\n{body}SE*4*{st02}~\n";
    }

    /// <summary>A 0-padded control number as text.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
