using System.Text.Json;
using Distribution.Modules.Catalog.Application.Items;
using Distribution.Modules.Catalog.Domain.MasterDataIssues;

namespace Distribution.Modules.Catalog.Application.MasterDataIssues;

/// <summary>A quarantined master-data change waiting for (or handled by) a steward.</summary>
/// <param name="Id">Issue id.</param>
/// <param name="Status">open, resolved or rejected.</param>
/// <param name="ReasonCode">Why it was quarantined (e.g. catalog.identifier-invalid).</param>
/// <param name="Reason">The reason in words.</param>
/// <param name="PayloadKind">What the payload is (item-row).</param>
/// <param name="Payload">The rejected payload as sent (or as last corrected).</param>
/// <param name="Sku">The SKU concerned.</param>
/// <param name="Source">The sending system.</param>
/// <param name="ImportId">The import it came from.</param>
/// <param name="RowNumber">Its row in that import.</param>
/// <param name="CorrelationId">Correlation id of the load that sent it.</param>
/// <param name="FailedAttempts">Re-applies that failed again.</param>
/// <param name="ResolutionNote">The steward's note.</param>
/// <param name="CreatedAtUtc">When it was quarantined.</param>
/// <param name="ClosedAtUtc">When it was resolved or rejected.</param>
/// <param name="Version">Concurrency version.</param>
public sealed record MasterDataIssueDto(
    Guid Id, string Status, string ReasonCode, string Reason, string PayloadKind, JsonElement Payload, string? Sku, string Source,
    Guid? ImportId, int? RowNumber, string? CorrelationId, int FailedAttempts, string? ResolutionNote, DateTime CreatedAtUtc,
    DateTime? ClosedAtUtc, long Version)
{
    /// <summary>The DTO of an issue.</summary>
    public static MasterDataIssueDto From(MasterDataIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        using var payload = JsonDocument.Parse(issue.Payload);
        return new MasterDataIssueDto(issue.Id, CatalogNames.Of(issue.Status), issue.ReasonCode, issue.Reason, issue.PayloadKind,
            payload.RootElement.Clone(), issue.Sku, issue.Source, issue.ImportId, issue.RowNumber, issue.CorrelationId, issue.FailedAttempts,
            issue.ResolutionNote, issue.CreatedAtUtc, issue.ClosedAtUtc, issue.Version);
    }
}
