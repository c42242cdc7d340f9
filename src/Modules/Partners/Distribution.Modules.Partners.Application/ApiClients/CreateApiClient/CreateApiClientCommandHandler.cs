using Distribution.Modules.Partners.Application.Abstractions;
using Distribution.Modules.Partners.Domain.ApiClients;
using Mediator;

namespace Distribution.Modules.Partners.Application.ApiClients.CreateApiClient;

internal sealed class CreateApiClientCommandHandler(IApiClientRepository clients, IPartnersUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<CreateApiClientCommand, IssuedApiKeyDto>
{
    public async ValueTask<IssuedApiKeyDto> Handle(CreateApiClientCommand command, CancellationToken cancellationToken)
    {
        var kind = Enum.Parse<ApiClientKind>(command.Kind, ignoreCase: true);
        var (client, key) = ApiClient.Create(command.Name, kind, command.PartnerId, command.Scopes ?? [],
            clock.GetUtcNow().UtcDateTime, command.KeyExpiresAt);
        clients.Add(client);
        await unitOfWork.CommitAsync(cancellationToken);
        var issued = client.Keys.Single();
        return new IssuedApiKeyDto(client.Id, issued.Id, key.PlainText, issued.ExpiresAtUtc);
    }
}
