using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Distribution.Modules.Integration.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OutboundMessagesByEvent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboundMessages_SubscriptionId_EventId",
                schema: "integration",
                table: "OutboundMessages");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundMessages_EventId_SubscriptionId",
                schema: "integration",
                table: "OutboundMessages",
                columns: new[] { "EventId", "SubscriptionId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboundMessages_EventId_SubscriptionId",
                schema: "integration",
                table: "OutboundMessages");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundMessages_SubscriptionId_EventId",
                schema: "integration",
                table: "OutboundMessages",
                columns: new[] { "SubscriptionId", "EventId" },
                unique: true);
        }
    }
}
