using Distribution.BuildingBlocks.Application.Auditing;
using Mediator;

namespace Distribution.Modules.Partners.Application.AuditLog.VerifyAuditLog;

internal sealed class VerifyAuditLogQueryHandler(IAuditLog auditLog) : IQueryHandler<VerifyAuditLogQuery, AuditVerificationDto>
{
    public async ValueTask<AuditVerificationDto> Handle(VerifyAuditLogQuery query, CancellationToken cancellationToken)
    {
        var result = await auditLog.VerifyAsync(cancellationToken);
        return new AuditVerificationDto(result.Valid, result.EntriesChecked, result.FirstBrokenSequence);
    }
}
