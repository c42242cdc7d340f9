using FluentValidation;

namespace Distribution.Modules.Catalog.Application.Imports.ImportCatalog;

internal sealed class ImportCatalogCommandValidator : AbstractValidator<ImportCatalogCommand>
{
    public ImportCatalogCommandValidator()
    {
        RuleFor(c => c.Format).Must(f => f is "csv" or "json").WithMessage("Send text/csv or application/json.");
        RuleFor(c => c.Content).NotEmpty().WithMessage("The file is empty.");
        RuleFor(c => c.Source).MaximumLength(50);
        RuleFor(c => c.FileName).MaximumLength(260);
    }
}
