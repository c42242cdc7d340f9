namespace Distribution.BuildingBlocks.Domain;

/// <summary>A rule an aggregate must keep; named after what it protects (e.g. <c>SkuMustBeUniqueRule</c>).</summary>
public interface IBusinessRule
{
    /// <summary>True when the operation would break the rule.</summary>
    bool IsBroken();

    /// <summary>What went wrong, in words a client can act on.</summary>
    string Message { get; }

    /// <summary>A stable code clients can switch on (e.g. <c>catalog.sku-taken</c>).</summary>
    string Code { get; }
}
