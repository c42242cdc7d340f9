using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Distribution.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// A business module as the host sees it: one place where it registers its services and maps its endpoints.
/// A module can be switched off with <c>Modules:&lt;Name&gt;:Enabled=false</c>.
/// </summary>
public interface IModule
{
    /// <summary>Lower-case module name: the SQL Server schema, the SQLite file name, the log property.</summary>
    string Name { get; }

    /// <summary>Registers the module's services (DbContext, handlers' dependencies, jobs, event handlers).</summary>
    void Register(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's endpoints under the versioned <c>/api/v1</c> group.</summary>
    void MapEndpoints(IEndpointRouteBuilder api);
}
