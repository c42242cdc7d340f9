using Mediator;

namespace Distribution.Modules.Integration.Application.Exceptions.GetException;

/// <summary>One entry of the exceptions queue.</summary>
/// <param name="Id">Entry id.</param>
public sealed record GetExceptionQuery(Guid Id) : IQuery<ExceptionDto>;
