using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.GetEdiMessage;

internal sealed class GetEdiMessageQueryHandler(IEdiMessageRepository messages) : IQueryHandler<GetEdiMessageQuery, EdiMessageContentDto>
{
    public async ValueTask<EdiMessageContentDto> Handle(GetEdiMessageQuery query, CancellationToken cancellationToken)
    {
        var message = await messages.GetAsync(query.Id, cancellationToken) ?? throw new NotFoundException("EDI message", query.Id);
        return new EdiMessageContentDto(EdiMessageDto.From(message), message.Content);
    }
}
