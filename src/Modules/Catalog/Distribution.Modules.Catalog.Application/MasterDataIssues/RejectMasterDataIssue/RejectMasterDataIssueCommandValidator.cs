using FluentValidation;

namespace Distribution.Modules.Catalog.Application.MasterDataIssues.RejectMasterDataIssue;

internal sealed class RejectMasterDataIssueCommandValidator : AbstractValidator<RejectMasterDataIssueCommand>
{
    public RejectMasterDataIssueCommandValidator() => RuleFor(c => c.Note).NotEmpty().MaximumLength(1000);
}
