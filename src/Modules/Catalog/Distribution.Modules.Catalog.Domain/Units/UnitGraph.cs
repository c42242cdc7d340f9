namespace Distribution.Modules.Catalog.Domain.Units;

/// <summary>
/// The units of one item joined by its pack conversions (both ways) and the fixed ones. Any two connected units
/// convert exactly; unconnected units do not convert at all (never a guess).
/// </summary>
public sealed class UnitGraph
{
    private readonly Dictionary<string, List<(string To, decimal Quantity, bool Forward)>> _edges = new(StringComparer.Ordinal);

    /// <summary>A graph of <paramref name="conversions"/> plus the fixed conversions.</summary>
    public UnitGraph(IEnumerable<PackConversion> conversions)
    {
        ArgumentNullException.ThrowIfNull(conversions);
        foreach (var conversion in conversions.Concat(UnitsOfMeasure.FixedConversions))
        {
            Edges(conversion.FromUnit).Add((conversion.ToUnit, conversion.Quantity, true));
            Edges(conversion.ToUnit).Add((conversion.FromUnit, conversion.Quantity, false));
        }
    }

    /// <summary>How many <paramref name="to"/> one <paramref name="from"/> is; null when no chain of conversions joins them.</summary>
    public UnitRatio? Ratio(string from, string to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return UnitRatio.One;
        }

        var reached = new Dictionary<string, UnitRatio>(StringComparer.Ordinal) { [from] = UnitRatio.One };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var unit))
        {
            if (!_edges.TryGetValue(unit, out var edges))
            {
                continue;
            }

            foreach (var (next, quantity, forward) in edges)
            {
                if (reached.ContainsKey(next))
                {
                    continue;
                }

                var ratio = forward ? reached[unit].Times(quantity) : reached[unit].DividedBy(quantity);
                if (string.Equals(next, to, StringComparison.Ordinal))
                {
                    return ratio;
                }

                reached[next] = ratio;
                queue.Enqueue(next);
            }
        }

        return null;
    }

    private List<(string To, decimal Quantity, bool Forward)> Edges(string unit)
    {
        if (!_edges.TryGetValue(unit, out var edges))
        {
            edges = [];
            _edges[unit] = edges;
        }

        return edges;
    }
}
