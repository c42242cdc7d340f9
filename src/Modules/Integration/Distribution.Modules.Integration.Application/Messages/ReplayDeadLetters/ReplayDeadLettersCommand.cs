using System.ComponentModel.DataAnnotations;
using Mediator;

namespace Distribution.Modules.Integration.Application.Messages.ReplayDeadLetters;

/// <summary>Puts dead-lettered messages back in line with a fresh attempt budget.</summary>
/// <param name="MessageIds">The dead letters to replay (1–500).</param>
public sealed record ReplayDeadLettersCommand(IReadOnlyList<Guid> MessageIds) : ICommand<ReplayResultDto>
{
    /// <summary>Most messages one replay takes.</summary>
    public const int MaxMessages = 500;
}

/// <summary>What a replay did.</summary>
/// <param name="Replayed">Messages put back in line.</param>
/// <param name="NotDeadLettered">Ids that were not dead letters (unknown, or already sent): left alone.</param>
public sealed record ReplayResultDto(
    [property: MaxLength(ReplayDeadLettersCommand.MaxMessages)] IReadOnlyList<Guid> Replayed,
    [property: MaxLength(ReplayDeadLettersCommand.MaxMessages)] IReadOnlyList<Guid> NotDeadLettered);
