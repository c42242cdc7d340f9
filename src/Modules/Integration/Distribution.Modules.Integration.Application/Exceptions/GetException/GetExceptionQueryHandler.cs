using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Integration.Application.Abstractions;
using Mediator;

namespace Distribution.Modules.Integration.Application.Exceptions.GetException;

internal sealed class GetExceptionQueryHandler(IExceptionCaseRepository exceptions) : IQueryHandler<GetExceptionQuery, ExceptionDto>
{
    public async ValueTask<ExceptionDto> Handle(GetExceptionQuery query, CancellationToken cancellationToken) =>
        ExceptionDto.From(await exceptions.GetAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Exception", query.Id));
}
