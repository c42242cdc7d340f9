using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Application.Paging;
using Distribution.BuildingBlocks.Application.Tenancy;
using Distribution.BuildingBlocks.Infrastructure.Web;
using Distribution.Modules.Integration.Application.Edi;
using Distribution.Modules.Integration.Application.Edi.Acknowledgements;
using Distribution.Modules.Integration.Application.Edi.ListSentGroups;
using Distribution.Modules.Integration.Application.Edi.ReceiveEdi;
using Distribution.Modules.Integration.Application.Edi.GetEdiMessage;
using Distribution.Modules.Integration.Application.Edi.ListEdiMessages;
using Distribution.Modules.Integration.Application.Edi.ListWaitingEdiDocuments;
using Distribution.Modules.Integration.Application.Edi.MarkEdiDocumentDelivered;
using Distribution.Modules.Integration.Application.Edi.SendEdi;
using Distribution.Modules.Integration.Domain.Edi;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Distribution.Modules.Integration.Infrastructure.Edi;

/// <summary>
/// <c>/api/v1/edi</c>: X12 over HTTP (upload, and collection of what waits for a partner), sending documents, the EDI
/// message log and the reconciliation of our groups against partners' 997s.
/// </summary>
internal static class EdiEndpoints
{
    private static readonly string[] X12ContentTypes = ["application/edi-x12", "text/plain", "application/octet-stream"];

    public static void Map(IEndpointRouteBuilder api)
    {
        var edi = api.MapGroup("/edi").WithTags("EDI");

        edi.MapPost("/inbound", async Task<Results<Ok<EdiReceipt>, ProblemHttpResult>> (
                HttpRequest request, string? fileName, ISender sender, ITenantContext tenant, IOptions<EdiOptions> options, CancellationToken ct) =>
            {
                var content = await InboundBody.ReadAsync(request, options.Value.MaxInboundBytes, ct);
                if (content is null)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The upload is too large.",
                        detail: $"The hub takes X12 uploads of at most {options.Value.MaxInboundBytes} bytes; split the file into several interchanges.");
                }

                if (content.Length == 0)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The upload is empty.",
                        detail: "Send one or more X12 interchanges (ISA … IEA) as the request body.");
                }

                var receipt = await sender.Send(new ReceiveEdiCommand(EdiChannel.Http, fileName, content,
                    tenant.IsRestricted ? tenant.PartnerId : null), ct);
                return receipt.Status switch
                {
                    EdiReceipt.Rejected => RejectionProblem(receipt),
                    EdiReceipt.InProgress => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                        title: "The same interchange is being received right now.",
                        detail: "Another upload of this ISA13 is in flight; nothing was processed. Send it again in a moment: it is then "
                            + "either taken or answered as a duplicate."),
                    _ => TypedResults.Ok(receipt),
                };
            })
            .Accepts<string>(X12ContentTypes[0], X12ContentTypes[1..])
            .WithRequestBodyMaxLength(EdiMessage.ContentMaxLength)
            .RequireAnyScope(IntegrationScopes.EdiExchange, IntegrationScopes.Admin)
            .WithName("ReceiveEdi")
            .WithSummary("Upload X12: one or more interchanges; answers with what was received and the TA1/997 sent back")
            .WithDescription("The body is the X12 text (any delimiters, mailbags allowed). 200: accepted, accepted-with-errors or duplicate "
                + "(a resent interchange is recognised by ISA13 within the partner's window and not processed again). 400: not X12. "
                + "422: rejected (unknown sender, broken envelope), with each problem's segment and element and the TA1 in `acknowledgement`. "
                + "A key bound to a partner may only upload that partner's interchanges.")
            .WithRequestExample(EdiExamples.Inbound)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        edi.MapGet("/outbound", async Task<Ok<CursorPage<WaitingEdiDocument>>> (
                string? partnerId, string? transport, string? cursor, int? limit, ISender sender, ITenantContext tenant, CancellationToken ct) =>
            {
                // A partner collects only its own documents, and only those meant for collection over HTTP.
                var partner = tenant.IsRestricted ? tenant.PartnerId : partnerId;
                var via = tenant.IsRestricted ? EdiChannel.Http : transport;
                var size = Cursor.Limit(limit);
                var page = await sender.Send(new ListWaitingEdiDocumentsQuery(partner, via, GuidCursor.Decode(cursor), size + 1), ct);
                var items = page.Take(size).ToList();
                return TypedResults.Ok(new CursorPage<WaitingEdiDocument>(items, page.Count > size ? GuidCursor.Encode(items[^1].Id) : null));
            })
            .RequireAnyScope(IntegrationScopes.EdiExchange, IntegrationScopes.Admin)
            .TenantScoped("*")
            .WithName("ListWaitingEdiDocuments")
            .WithSummary("X12 waiting for a partner (oldest first), with its content; confirm each with POST …/{id}/collected")
            .ProducesValidationProblem();

        edi.MapPost("/outbound/{id:guid}/collected", async Task<NoContent> (Guid id, ISender sender, ITenantContext tenant, CancellationToken ct) =>
            {
                if (tenant.IsRestricted)
                {
                    var mine = await sender.Send(new GetEdiMessageQuery(id), ct);
                    if (mine.Message.PartnerId != tenant.PartnerId)
                    {
                        throw new NotFoundException("Outbound EDI document", id);
                    }
                }

                await sender.Send(new MarkEdiDocumentDeliveredCommand(id, "collected over http"), ct);
                return TypedResults.NoContent();
            })
            .RequireAnyScope(IntegrationScopes.EdiExchange, IntegrationScopes.Admin)
            .WithName("ConfirmEdiDocumentCollected")
            .WithSummary("Confirm a waiting document was collected (it is then no longer listed); repeating it is harmless")
            .ProducesProblem(StatusCodes.Status404NotFound);

        edi.MapPost("/outbound", async Task<Accepted<EdiSentDto>> (SendEdiCommand command, ISender sender, CancellationToken ct) =>
            {
                var sent = await sender.Send(command, ct);
                return TypedResults.Accepted($"/api/v1/edi/messages/{sent.MessageId}", sent);
            })
            .RequireScope(IntegrationScopes.Admin)
            .WithName("SendEdi")
            .WithSummary("Send X12 to a partner: re-enveloped with our ids and fresh control numbers, queued for its transport")
            .WithDescription("Each group is then awaited for the partner's 997 within its acknowledgement window (see /edi/sent-groups).")
            .WithRequestExample(EdiExamples.Send)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        edi.MapGet("/messages", async Task<Ok<CursorPage<EdiMessageDto>>> (
                string? partnerId, string? direction, string? status, string? correlationId, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListEdiMessagesQuery(partnerId, direction, status, correlationId, cursor, limit), ct)))
            .RequireScope(IntegrationScopes.Admin)
            .WithName("ListEdiMessages")
            .WithSummary("The EDI message log: every file received and every document queued, newest first")
            .ProducesValidationProblem();

        edi.MapGet("/messages/{id:guid}", async Task<Ok<EdiMessageContentDto>> (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetEdiMessageQuery(id), ct)))
            .RequireScope(IntegrationScopes.Admin)
            .WithName("GetEdiMessage")
            .WithSummary("One EDI message with its X12 content")
            .ProducesProblem(StatusCodes.Status404NotFound);

        edi.MapGet("/sent-groups", async Task<Ok<CursorPage<SentGroupDto>>> (
                string? partnerId, string? status, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListSentGroupsQuery(partnerId, status, cursor, limit), ct)))
            .RequireScope(IntegrationScopes.Admin)
            .WithName("ListSentEdiGroups")
            .WithSummary("Groups we sent and what the partners' 997s said (awaitingAcknowledgement, overdue, accepted, rejected, …)")
            .ProducesValidationProblem();
    }

    private static ProblemHttpResult RejectionProblem(EdiReceipt receipt)
    {
        var first = receipt.Problems.FirstOrDefault();
        var notX12 = receipt.Interchanges.Count == 0;
        var where = first is null ? "" : $" (segment {first.Segment ?? "-"}{(first.Element is { } e ? $", element {e:00}" : "")}; {first.Location})";
        return TypedResults.Problem(
            statusCode: notX12 ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity,
            title: notX12 ? "The upload is not X12." : "The X12 was rejected.",
            detail: (first?.Message ?? "Nothing in the upload could be taken.") + where,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = first?.Code,
                ["messageId"] = receipt.MessageId,
                ["problems"] = receipt.Problems,
                ["acknowledgement"] = receipt.Acknowledgement,
            });
    }
}
