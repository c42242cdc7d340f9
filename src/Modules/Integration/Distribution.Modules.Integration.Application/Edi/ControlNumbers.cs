namespace Distribution.Modules.Integration.Application.Edi;

/// <summary>The X12 control numbers we hand out, one counter per partner pair and kind.</summary>
public enum ControlNumberKind
{
    /// <summary>ISA13 / IEA02.</summary>
    Interchange,

    /// <summary>GS06 / GE02.</summary>
    Group,

    /// <summary>ST02 / SE02.</summary>
    TransactionSet,
}

/// <summary>
/// The sequence rule every counter follows (the database statements mirror it): 1, 2, … 999,999,999, then 1 again.
/// All three kinds fit nine digits; padding (nine digits for ISA13, at least four for ST02) is the writer's concern.
/// </summary>
public static class ControlNumbers
{
    /// <summary>The largest control number (nine digits); the next one after it is <see cref="First"/>.</summary>
    public const int Max = 999_999_999;

    /// <summary>The first number of a new counter, and the one after <see cref="Max"/>.</summary>
    public const int First = 1;

    /// <summary>The number after <paramref name="current"/>; <see cref="First"/> for a fresh or exhausted counter.</summary>
    public static int Next(int current) => current is >= Max or < 0 ? First : current + 1;
}

/// <summary>
/// Hands out outbound control numbers. Every call returns a number no other call for the same pair and kind gets
/// (until the counter rolls over), across threads and host instances; it commits on its own, outside the caller's
/// unit of work, so a rolled-back send leaves a gap rather than a reuse.
/// </summary>
public interface IControlNumberAllocator
{
    /// <summary>The next <paramref name="kind"/> number for <paramref name="pair"/>.</summary>
    Task<int> NextAsync(PartnerPair pair, ControlNumberKind kind, CancellationToken cancellationToken);
}
