using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Distribution.Modules.Integration.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EdiMessagesSentGroupsExceptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "TakenAtUtc",
                table: "EdiReceivedInterchanges",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EdiMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Transport = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    DocumentTypes = table.Column<string>(type: "TEXT", maxLength: 520, nullable: false),
                    InterchangeControlNumbers = table.Column<string>(type: "TEXT", maxLength: 2600, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    InReplyToId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 510, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeliveredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EdiMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EdiSentGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FunctionalIdentifier = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    GroupControlNumber = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    TransactionSetControlNumbers = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgementDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgementMessageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EdiSentGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Exceptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PartnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Occurrences = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastOccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exceptions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EdiMessages_CorrelationId",
                table: "EdiMessages",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_EdiMessages_PartnerId_Direction",
                table: "EdiMessages",
                columns: new[] { "PartnerId", "Direction" });

            migrationBuilder.CreateIndex(
                name: "IX_EdiMessages_Status_Transport_PartnerId",
                table: "EdiMessages",
                columns: new[] { "Status", "Transport", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_EdiSentGroups_PartnerId_FunctionalIdentifier_GroupControlNumber",
                table: "EdiSentGroups",
                columns: new[] { "PartnerId", "FunctionalIdentifier", "GroupControlNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_EdiSentGroups_Status_AcknowledgementDueAtUtc",
                table: "EdiSentGroups",
                columns: new[] { "Status", "AcknowledgementDueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Exceptions_Status_Kind_PartnerId_Reference",
                table: "Exceptions",
                columns: new[] { "Status", "Kind", "PartnerId", "Reference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EdiMessages");

            migrationBuilder.DropTable(
                name: "EdiSentGroups");

            migrationBuilder.DropTable(
                name: "Exceptions");

            migrationBuilder.DropColumn(
                name: "TakenAtUtc",
                table: "EdiReceivedInterchanges");
        }
    }
}
