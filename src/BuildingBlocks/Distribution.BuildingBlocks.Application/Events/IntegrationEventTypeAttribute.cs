namespace Distribution.BuildingBlocks.Application.Events;

/// <summary>
/// The stable wire name of an integration event, <c>&lt;module&gt;.&lt;thing&gt;-&lt;past-tense-verb&gt;.v&lt;N&gt;</c>
/// (API.md). Outbox rows store this name, never a CLR type name, so renaming a class never breaks a stored event.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventTypeAttribute(string name) : Attribute
{
    /// <summary>For example <c>catalog.item-created.v1</c>.</summary>
    public string Name { get; } = name;
}
