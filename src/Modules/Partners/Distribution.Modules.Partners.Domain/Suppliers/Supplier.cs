using Distribution.BuildingBlocks.Domain;

namespace Distribution.Modules.Partners.Domain.Suppliers;

/// <summary>
/// A supplier the distributor buys from: whether it ships straight to customers (drop-ship), how long it takes and
/// the smallest order it accepts. The code is its key everywhere and never changes.
/// </summary>
public sealed class Supplier : AggregateRoot<Guid>
{
    private Supplier()
    {
    }

    /// <summary>Unique, unchanging supplier code.</summary>
    public string Code { get; private set; } = string.Empty;

    /// <summary>Supplier name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Ships orders directly to the distributor's customers.</summary>
    public bool DropShipCapable { get; private set; }

    /// <summary>Days from purchase order to shipment.</summary>
    public int LeadTimeDays { get; private set; }

    /// <summary>Smallest purchase-order value the supplier accepts (0 for none).</summary>
    public decimal MinimumOrder { get; private set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Creates a supplier.</summary>
    public static Supplier Create(string code, string name, bool dropShipCapable, int leadTimeDays, decimal minimumOrder, DateTime nowUtc)
    {
        var supplier = new Supplier { Id = Guid.CreateVersion7(), Code = code, CreatedAtUtc = nowUtc };
        supplier.Change(name, dropShipCapable, leadTimeDays, minimumOrder, nowUtc);
        return supplier;
    }

    /// <summary>Changes everything but the code.</summary>
    public void Change(string name, bool dropShipCapable, int leadTimeDays, decimal minimumOrder, DateTime nowUtc)
    {
        CheckRule(new LeadTimeMustBeRealisticRule(leadTimeDays));
        Name = name;
        DropShipCapable = dropShipCapable;
        LeadTimeDays = leadTimeDays;
        MinimumOrder = minimumOrder;
        UpdatedAtUtc = nowUtc;
    }
}

/// <summary>Lead times feed availability promises: between 0 days and a year, or the promise is meaningless.</summary>
public sealed class LeadTimeMustBeRealisticRule(int leadTimeDays) : IBusinessRule
{
    /// <summary>Longest lead time accepted.</summary>
    public const int MaxDays = 365;

    /// <inheritdoc />
    public bool IsBroken() => leadTimeDays is < 0 or > MaxDays;

    /// <inheritdoc />
    public string Message => $"The lead time must be between 0 and {MaxDays} days.";

    /// <inheritdoc />
    public string Code => "partners.lead-time-unrealistic";
}
