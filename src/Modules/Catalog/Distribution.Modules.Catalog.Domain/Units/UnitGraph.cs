namespace Distribution.Modules.Catalog.Domain.Units;

/// <summary>
/// The units of one item joined by its pack conversions (both ways) and the fixed ones. Any two connected units
/// convert exactly; unconnected units do not convert at all (never a guess).
/// </summary>
public sealed class UnitGraph
{
    // The fixed conversions' edges, built once; a unit's edges are its pack edges first, then these (the order the
    // search visits them in, as when both were in one list).
    private static readonly Dictionary<string, List<(string To, decimal Quantity, bool Forward)>> FixedEdges = Build(UnitsOfMeasure.FixedConversions);

    private readonly Dictionary<string, List<(string To, decimal Quantity, bool Forward)>> _edges;

    /// <summary>A graph of <paramref name="conversions"/> plus the fixed conversions.</summary>
    public UnitGraph(IEnumerable<PackConversion> conversions)
    {
        ArgumentNullException.ThrowIfNull(conversions);
        _edges = Build(conversions);
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
            for (var pass = 0; pass < 2; pass++)
            {
                if (!(pass == 0 ? _edges : FixedEdges).TryGetValue(unit, out var list))
                {
                    continue;
                }

                foreach (var (next, quantity, forward) in list)
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
        }

        return null;
    }

    private static Dictionary<string, List<(string To, decimal Quantity, bool Forward)>> Build(IEnumerable<PackConversion> conversions)
    {
        var graph = new Dictionary<string, List<(string To, decimal Quantity, bool Forward)>>(StringComparer.Ordinal);
        foreach (var conversion in conversions)
        {
            Edges(graph, conversion.FromUnit).Add((conversion.ToUnit, conversion.Quantity, true));
            Edges(graph, conversion.ToUnit).Add((conversion.FromUnit, conversion.Quantity, false));
        }

        return graph;
    }

    private static List<(string To, decimal Quantity, bool Forward)> Edges(Dictionary<string, List<(string To, decimal Quantity, bool Forward)>> graph, string unit)
    {
        if (!graph.TryGetValue(unit, out var edges))
        {
            edges = [];
            graph[unit] = edges;
        }

        return edges;
    }
}
