using Distribution.BuildingBlocks.Infrastructure.Outbox;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.BuildingBlocks.Infrastructure.Persistence.Sqlite;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Domain.Imports;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.Modules.Catalog.Domain.MasterDataIssues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Distribution.Modules.Catalog.Infrastructure.Persistence;

// What the writer knows of the model (tables and columns) and what a prepared chunk holds.
internal sealed partial class CatalogImportWriter
{
    /// <summary>A table's rows for one chunk: encoded for SQLite, or (other providers) the rows themselves.</summary>
    private sealed record TableRows(Table Table, IReadOnlyList<(object? Owner, object Child)> Rows, EncodedRows? Encoded);

    // Disposed once written (or failed): the encoded rows go back to the pool.
    private sealed class Prepared(CatalogImportChunk chunk, IReadOnlyList<TableRows> inserts, object?[] counters, bool hasEvents)
        : PreparedImportChunk(chunk), IDisposable
    {
        public void Dispose()
        {
            foreach (var insert in Inserts)
            {
                insert.Encoded?.Dispose();
            }
        }

        public IReadOnlyList<TableRows> Inserts { get; } = inserts;

        public object?[] Counters { get; } = counters;

        public bool HasEvents { get; } = hasEvents;
    }

    /// <summary>The tables an import writes, from the model, and whether the provider is SQLite (encoded rows).</summary>
    private sealed record ImportTables(
        Table Items, IReadOnlyList<(INavigation Navigation, Table Table)> Owned, Table Issues, Table Outbox, Table Rows, Table Imports,
        IReadOnlyList<IProperty> Counters, bool Sqlite)
    {
        public static ImportTables Of(CatalogDbContext context)
        {
            var model = context.Model;
            var sql = context.GetService<ISqlGenerationHelper>();
            var items = model.FindEntityType(typeof(Item))!;
            var imports = model.FindEntityType(typeof(CatalogImport))!;
            return new ImportTables(
                Table.Of(items, sql),
                items.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).Select(n => (n, Table.Of(n.TargetEntityType, sql))).ToList(),
                Table.Of(model.FindEntityType(typeof(MasterDataIssue))!, sql),
                Table.Of(model.FindEntityType(typeof(OutboxMessage))!, sql),
                Table.Of(model.FindEntityType(typeof(ImportRowResult))!, sql),
                Table.Of(imports, sql),
                new[] { nameof(CatalogImport.Accepted), nameof(CatalogImport.Updated), nameof(CatalogImport.Unchanged), nameof(CatalogImport.Quarantined) }
                    .Select(name => imports.FindProperty(name)!).ToList(),
                Sqlite: context.Database.IsSqlite());
        }
    }

    private sealed record Table(IEntityType Entity, string Name, StoreObjectIdentifier Store, IReadOnlyList<IProperty> Columns, ISqlGenerationHelper Sql)
    {
        public static Table Of(IEntityType entity, ISqlGenerationHelper sql)
        {
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            return new Table(entity, sql.DelimitIdentifier(store.Name, store.Schema), store, InsertedColumns.Of(entity), sql);
        }

        public string Column(IProperty property) => Sql.DelimitIdentifier(property.GetColumnName(Store)!);
    }
}
