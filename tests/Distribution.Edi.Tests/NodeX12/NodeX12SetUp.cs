using Distribution.Tests.Shared;

namespace Distribution.Edi.Tests.NodeX12;

/// <summary>Installs node-x12 once before the cross-check tests in this namespace run.</summary>
[SetUpFixture]
public sealed class NodeX12SetUp
{
    [OneTimeSetUp]
    public void InstallNodeX12() => IndependentX12Parser.EnsureInstalled();
}
