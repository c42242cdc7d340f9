using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Partners.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Partners.Application.ApiClients.RevokeApiKey;

internal sealed class RevokeApiKeyCommandHandler(
    IApiClientRepository clients, IPartnersUnitOfWork unitOfWork, IApiKeyCache keyCache, TimeProvider clock)
    : ICommandHandler<RevokeApiKeyCommand>
{
    public async ValueTask<Unit> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var client = await clients.GetAsync(command.ClientId, cancellationToken)
            ?? throw new NotFoundException("API client", command.ClientId);
        if (!client.RevokeKey(command.KeyId, clock.GetUtcNow().UtcDateTime))
        {
            throw new NotFoundException("API key", command.KeyId);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        keyCache.Forget(client.Keys.Single(k => k.Id == command.KeyId).Prefix);
        return Unit.Value;
    }
}
