using Mediator;

namespace Distribution.Modules.Integration.Application.Exceptions.RaiseException;

/// <summary>Puts an entry into the exceptions queue (or counts one more occurrence of the same open entry) and commits.
/// For transports and jobs; handlers that already have a unit of work use <see cref="ExceptionQueue"/>.</summary>
/// <param name="Kind">One of <see cref="ExceptionKinds"/>.</param>
/// <param name="Message">What went wrong, with what a person needs to act.</param>
/// <param name="PartnerId">The partner concerned.</param>
/// <param name="Reference">What it is about.</param>
public sealed record RaiseExceptionCommand(string Kind, string Message, string? PartnerId, string? Reference) : ICommand<Guid>;
