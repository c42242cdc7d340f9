using Distribution.ArchitectureTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Distribution.ArchitectureTests;

/// <summary>
/// Migrations for both providers, without a SQL Server: CI fails when either provider's model has changes no
/// migration captures, when the SQL Server script a DBA would run does not parse, and when the SQLite migrations do
/// not build a fresh database.
/// </summary>
public sealed class PersistenceTests
{
    private static readonly string[] OutboxTables = ["OutboxMessages", "InboxMessages", "OutboxDeliveries"];

    private static IEnumerable<TestCaseData> Contexts() =>
        ModuleContext.All.Select(c => new TestCaseData(c).SetArgDisplayNames(c.ContextType.Name));

    private static IEnumerable<TestCaseData> SqlServerContexts() => ModuleContext.All
        .Where(c => c.Provider == ModuleContext.SqlServer)
        .Select(c => new TestCaseData(c).SetArgDisplayNames(c.ContextType.Name));

    private static IEnumerable<TestCaseData> SqliteContexts() => ModuleContext.All
        .Where(c => c.Provider == ModuleContext.Sqlite)
        .Select(c => new TestCaseData(c).SetArgDisplayNames(c.ContextType.Name));

    [Test]
    public void EveryModuleWithADatabase_HasOneContextPerProvider()
    {
        var byModule = ModuleContext.All.GroupBy(c => c.Module.Name).ToList();
        Assert.That(byModule.Select(g => g.Key), Is.SupersetOf(new[] { "Catalog", "Integration", "Partners" }));
        using (Assert.EnterMultipleScope())
        {
            foreach (var module in byModule)
            {
                Assert.That(module.Select(c => c.Provider), Is.EquivalentTo(new[] { ModuleContext.Sqlite, ModuleContext.SqlServer }),
                    $"{module.Key}: {string.Join(", ", module.Select(c => c.ContextType.Name))}");
            }
        }
    }

    [TestCaseSource(nameof(Contexts))]
    public void Model_HasNoPendingChanges(ModuleContext context)
    {
        using var dbContext = context.CreateForOwnProvider();
        Assert.That(dbContext.Database.HasPendingModelChanges(), Is.False,
            $"{context.ContextType.Name} has model changes without a migration: run build/scripts/add-migration.sh {context.Module.Name} <Name>.");
    }

    [TestCaseSource(nameof(Contexts))]
    public void Migrations_Exist(ModuleContext context)
    {
        using var dbContext = context.CreateForOwnProvider();
        Assert.That(dbContext.Database.GetMigrations(), Is.Not.Empty);
    }

    [TestCaseSource(nameof(SqlServerContexts))]
    public void SqlServerIdempotentScript_ParsesAndCreatesTheModuleSchemaAndOutboxTables(ModuleContext context)
    {
        using var dbContext = context.CreateForSqlServer();
        var schema = dbContext.ModuleName;
        var script = dbContext.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.That(script, Is.Not.Empty.And.Not.Matches(@"^\s*$"));

        var created = TSqlScript.Parse(script, out var errors);
        Assert.That(errors.Select(e => $"line {e.Line}: {e.Message}"), Is.Empty);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Schemas, Does.Contain(schema), "The script creates the module's schema.");
            foreach (var table in OutboxTables)
            {
                Assert.That(created.Tables, Does.Contain($"{schema}.{table}"));
            }

            Assert.That(created.Tables, Does.Contain($"{schema}.__EFMigrationsHistory"), "Migration history is kept per module.");
            Assert.That(created.Tables.Where(t => !t.StartsWith(schema + ".", StringComparison.Ordinal)), Is.Empty,
                "Every table of a module lives in the module's schema.");
        }
    }

    [TestCaseSource(nameof(SqliteContexts))]
    public async Task SqliteMigrations_BuildAFreshDatabaseWithTheOutboxTables(ModuleContext context)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dih-arch-{context.Module.Key}-{Guid.NewGuid():N}.db");
        try
        {
            await using (var dbContext = context.CreateForSqlite($"Data Source={path};Pooling=False"))
            {
                await dbContext.Database.MigrateAsync();

                var applied = await dbContext.Database.GetAppliedMigrationsAsync();
                var tables = await dbContext.Database
                    .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
                    .ToListAsync();
                var modelTables = dbContext.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct();

                using (Assert.EnterMultipleScope())
                {
                    Assert.That(applied, Is.EqualTo(dbContext.Database.GetMigrations()));
                    Assert.That(tables, Is.SupersetOf(OutboxTables));
                    Assert.That(tables, Is.SupersetOf(modelTables), "Every table of the model exists after migrating.");
                }
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>What a T-SQL script creates, read from ScriptDom's syntax tree (and from the strings it EXECs).</summary>
    private sealed class TSqlScript : TSqlFragmentVisitor
    {
        private readonly List<ParseError> _errors = [];

        public HashSet<string> Schemas { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Tables { get; } = new(StringComparer.Ordinal);

        public static TSqlScript Parse(string script, out IList<ParseError> errors)
        {
            var result = new TSqlScript();
            result.ParseInto(script);
            errors = result._errors;
            return result;
        }

        public override void Visit(CreateSchemaStatement node) => Schemas.Add(node.Name.Value);

        public override void Visit(CreateTableStatement node) =>
            Tables.Add($"{node.SchemaObjectName.SchemaIdentifier?.Value ?? "dbo"}.{node.SchemaObjectName.BaseIdentifier.Value}");

        // EF wraps statements that must start a batch (CREATE SCHEMA) in EXEC(N'…'): parse those too.
        public override void Visit(ExecuteStatement node)
        {
            if (node.ExecuteSpecification?.ExecutableEntity is ExecutableStringList list)
            {
                ParseInto(string.Concat(list.Strings.OfType<StringLiteral>().Select(s => s.Value)));
            }
        }

        private void ParseInto(string sql)
        {
            var parser = new TSql160Parser(initialQuotedIdentifiers: true);
            using var reader = new StringReader(sql);
            var fragment = parser.Parse(reader, out var errors);
            _errors.AddRange(errors);
            fragment?.Accept(this);
        }
    }
}
