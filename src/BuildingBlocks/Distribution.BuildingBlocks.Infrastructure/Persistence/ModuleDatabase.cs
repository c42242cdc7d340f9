namespace Distribution.BuildingBlocks.Infrastructure.Persistence;

/// <summary>A module's database as the shared machinery sees it: the module name and its DbContext service type.</summary>
public sealed record ModuleDatabase(string ModuleName, Type ContextType);
