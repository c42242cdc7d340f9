using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Distribution.Modules.Integration.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EdiControlNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EdiControlNumbers",
                columns: table => new
                {
                    OurQualifier = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    OurId = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    TheirQualifier = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    TheirId = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EdiControlNumbers", x => new { x.OurQualifier, x.OurId, x.TheirQualifier, x.TheirId, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "EdiReceivedInterchanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OurQualifier = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    OurId = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    TheirQualifier = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    TheirId = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    InterchangeControlNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupControlNumbers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EdiReceivedInterchanges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EdiReceivedInterchanges_ReceivedAtUtc",
                table: "EdiReceivedInterchanges",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_EdiReceivedInterchanges_TheirQualifier_TheirId_OurQualifier_OurId_InterchangeControlNumber",
                table: "EdiReceivedInterchanges",
                columns: new[] { "TheirQualifier", "TheirId", "OurQualifier", "OurId", "InterchangeControlNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EdiControlNumbers");

            migrationBuilder.DropTable(
                name: "EdiReceivedInterchanges");
        }
    }
}
