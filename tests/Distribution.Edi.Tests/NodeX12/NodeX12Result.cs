namespace Distribution.Edi.Tests.NodeX12;

/// <summary>What node-x12 made of one file (see node-x12/parse-all.js).</summary>
public sealed record NodeX12Result(
    string File, bool Strict, string? Error, IReadOnlyList<string> Diagnostics, int Interchanges, int Groups, int Transactions);
