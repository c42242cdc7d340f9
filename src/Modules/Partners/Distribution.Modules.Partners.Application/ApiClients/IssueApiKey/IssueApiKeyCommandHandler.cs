using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Partners.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Partners.Application.ApiClients.IssueApiKey;

internal sealed class IssueApiKeyCommandHandler(IApiClientRepository clients, IPartnersUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<IssueApiKeyCommand, IssuedApiKeyDto>
{
    public async ValueTask<IssuedApiKeyDto> Handle(IssueApiKeyCommand command, CancellationToken cancellationToken)
    {
        var client = await clients.GetAsync(command.ClientId, cancellationToken)
            ?? throw new NotFoundException("API client", command.ClientId);
        var now = clock.GetUtcNow().UtcDateTime;
        if (command.ExpiresAt is { } expiry && expiry <= now)
        {
            throw RequestValidationException.For("expiresAt", "The expiry must be in the future.");
        }

        var secret = client.IssueKey(now, command.ExpiresAt);
        await unitOfWork.CommitAsync(cancellationToken);
        var key = client.Keys.Single(k => k.Prefix == secret.Prefix);
        return new IssuedApiKeyDto(client.Id, key.Id, secret.PlainText, key.ExpiresAtUtc);
    }
}
