using Distribution.BuildingBlocks.Application.Persistence;

namespace Distribution.Modules.Partners.Application.Abstractions;

/// <summary>Commits the Partners module's database.</summary>
public interface IPartnersUnitOfWork : IUnitOfWork;
