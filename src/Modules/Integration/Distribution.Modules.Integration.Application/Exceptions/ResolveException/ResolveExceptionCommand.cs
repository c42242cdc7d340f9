using Mediator;

namespace Distribution.Modules.Integration.Application.Exceptions.ResolveException;

/// <summary>Closes an entry of the exceptions queue with a note saying what was done.</summary>
/// <param name="Id">Entry id.</param>
/// <param name="Resolution">What was done, e.g. "Partner resent the 997; confirmed received".</param>
public sealed record ResolveExceptionCommand(Guid Id, string Resolution) : ICommand<ExceptionDto>;
