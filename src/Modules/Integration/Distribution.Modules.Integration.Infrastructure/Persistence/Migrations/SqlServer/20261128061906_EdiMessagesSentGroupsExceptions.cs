using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Distribution.Modules.Integration.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EdiMessagesSentGroupsExceptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "TakenAtUtc",
                schema: "integration",
                table: "EdiReceivedInterchanges",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EdiMessages",
                schema: "integration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Direction = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    PartnerId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Transport = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    DocumentTypes = table.Column<string>(type: "nvarchar(520)", maxLength: 520, nullable: false),
                    InterchangeControlNumbers = table.Column<string>(type: "nvarchar(2600)", maxLength: 2600, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    InReplyToId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Destination = table.Column<string>(type: "nvarchar(510)", maxLength: 510, nullable: true),
                    CorrelationId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeliveredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EdiMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EdiSentGroups",
                schema: "integration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PartnerId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    FunctionalIdentifier = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    GroupControlNumber = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: false),
                    TransactionSetControlNumbers = table.Column<string>(type: "nvarchar(max)", maxLength: 100000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AcknowledgementDueAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AcknowledgementMessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CorrelationId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EdiSentGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Exceptions",
                schema: "integration",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Message = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    PartnerId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Reference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CorrelationId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Occurrences = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastOccurredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Resolution = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exceptions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EdiMessages_CorrelationId",
                schema: "integration",
                table: "EdiMessages",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_EdiMessages_PartnerId_Direction",
                schema: "integration",
                table: "EdiMessages",
                columns: new[] { "PartnerId", "Direction" });

            migrationBuilder.CreateIndex(
                name: "IX_EdiMessages_Status_Transport_PartnerId",
                schema: "integration",
                table: "EdiMessages",
                columns: new[] { "Status", "Transport", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_EdiSentGroups_PartnerId_FunctionalIdentifier_GroupControlNumber",
                schema: "integration",
                table: "EdiSentGroups",
                columns: new[] { "PartnerId", "FunctionalIdentifier", "GroupControlNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_EdiSentGroups_Status_AcknowledgementDueAtUtc",
                schema: "integration",
                table: "EdiSentGroups",
                columns: new[] { "Status", "AcknowledgementDueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Exceptions_Status_Kind_PartnerId_Reference",
                schema: "integration",
                table: "Exceptions",
                columns: new[] { "Status", "Kind", "PartnerId", "Reference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EdiMessages",
                schema: "integration");

            migrationBuilder.DropTable(
                name: "EdiSentGroups",
                schema: "integration");

            migrationBuilder.DropTable(
                name: "Exceptions",
                schema: "integration");

            migrationBuilder.DropColumn(
                name: "TakenAtUtc",
                schema: "integration",
                table: "EdiReceivedInterchanges");
        }
    }
}
