using Distribution.Modules.Catalog.Domain.MasterDataIssues;
using Distribution.Modules.Catalog.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Distribution.UnitTests.Catalog;

/// <summary>
/// The set-based import's SQL Server statements make each parameter once, before its value is known, and reuse it
/// row after row: a size fixed then would cut longer values without an error, where SaveChanges sends them whole.
/// </summary>
public sealed class CatalogImportWriterParameterTests
{
    [Test]
    public void Set_WhenAnUnboundedSqlServerStringIsLongerThanTheSizeTheParameterWasMadeWith_SendsItWhole()
    {
        var options = new DbContextOptionsBuilder<SqlServerCatalogDbContext>().UseSqlServer("Server=none").Options;
        using var context = new SqlServerCatalogDbContext(options);
        var payload = context.Model.FindEntityType(typeof(MasterDataIssue))!.FindProperty(nameof(MasterDataIssue.Payload))!;
        using var command = new SqlCommand();
        var parameter = payload.GetRelationalTypeMapping().CreateParameter(command, "@p0", value: null, nullable: true);
        var quarantinedRow = new string('x', 9_000);

        CatalogImportWriter.Set(parameter, payload, quarantinedRow);

        Assert.Multiple(() =>
        {
            Assert.That(parameter.Value, Is.EqualTo(quarantinedRow));
            Assert.That(parameter.Size, Is.GreaterThanOrEqualTo(quarantinedRow.Length).Or.EqualTo(-1), "no silent cut at send time");
        });
    }
}
