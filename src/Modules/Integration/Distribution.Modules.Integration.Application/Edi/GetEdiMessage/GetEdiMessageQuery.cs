using System.ComponentModel.DataAnnotations;
using Distribution.Modules.Integration.Domain.Edi;
using Mediator;

namespace Distribution.Modules.Integration.Application.Edi.GetEdiMessage;

/// <summary>One EDI message with its X12 content.</summary>
/// <param name="Id">Message id.</param>
public sealed record GetEdiMessageQuery(Guid Id) : IQuery<EdiMessageContentDto>;

/// <summary>An EDI message log entry and its content.</summary>
/// <param name="Message">The log entry.</param>
/// <param name="Content">The X12 text.</param>
public sealed record EdiMessageContentDto(EdiMessageDto Message, [property: MaxLength(EdiMessage.ContentMaxLength)] string Content);
