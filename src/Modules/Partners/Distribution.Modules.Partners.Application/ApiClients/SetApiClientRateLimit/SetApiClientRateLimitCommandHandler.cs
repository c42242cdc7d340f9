using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Partners.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Partners.Application.ApiClients.SetApiClientRateLimit;

internal sealed class SetApiClientRateLimitCommandHandler(IApiClientRepository clients, IPartnersUnitOfWork unitOfWork, IApiKeyCache keyCache)
    : ICommandHandler<SetApiClientRateLimitCommand, ApiClientDto>
{
    public async ValueTask<ApiClientDto> Handle(SetApiClientRateLimitCommand command, CancellationToken cancellationToken)
    {
        var client = await clients.GetAsync(command.ClientId, cancellationToken) ?? throw new NotFoundException("API client", command.ClientId);
        client.SetRateLimit(command.TokenLimit, command.TokensPerPeriod);
        await unitOfWork.CommitAsync(cancellationToken);

        // The limit travels with the cached identity: forget it so the new limit applies from the next request.
        foreach (var key in client.Keys)
        {
            keyCache.Forget(key.Prefix);
        }

        return client.ToDto();
    }
}
