using Distribution.Modules.Integration.Application.Edi.SendEdi;

namespace Distribution.Modules.Integration.Infrastructure.Edi;

/// <summary>Swagger request examples for the EDI routes, using the demo partners (Contoso Retail C-1001 sends
/// X12 as ZZ:CONTOSOTEST; Acme S-2000 is a drop-folder supplier).</summary>
internal static class EdiExamples
{
    /// <summary>An 850 from the demo customer Contoso Retail to the hub.</summary>
    public const string Inbound = """
        ISA*00*          *00*          *ZZ*CONTOSOTEST    *ZZ*DISTHUB        *261128*0900*U*00401*000000101*0*T*>~
        GS*PO*CONTOSO*DISTHUB*20261128*0900*101*X*004010~
        ST*850*0001~
        BEG*00*SA*PO-DEMO-1001**20261128~
        PO1*1*12*EA*9.50**UP*006381333950~
        CTT*1~
        SE*5*0001~
        GE*1*101~
        IEA*1*000000101~

        """;

    /// <summary>A purchase order for the demo drop-ship supplier Acme (its envelope is replaced on sending).</summary>
    public static readonly SendEdiCommand Send = new("S-2000", """
        ISA*00*          *00*          *ZZ*DISTHUB        *ZZ*ACMETEST       *261128*0900*U*00401*000000001*0*T*>~
        GS*PO*DISTHUB*ACME*20261128*0900*1*X*004010~
        ST*850*0001~
        BEG*00*DS*PO-DEMO-2000**20261128~
        PO1*1*4*EA*120.00**VP*ACME-DRILL-18V~
        CTT*1~
        SE*5*0001~
        GE*1*1~
        IEA*1*000000001~

        """);
}
