using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Distribution.Modules.Partners.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ApiClientRateLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RateLimitTokens",
                schema: "partners",
                table: "ApiClients",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RateLimitTokensPerPeriod",
                schema: "partners",
                table: "ApiClients",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RateLimitTokens",
                schema: "partners",
                table: "ApiClients");

            migrationBuilder.DropColumn(
                name: "RateLimitTokensPerPeriod",
                schema: "partners",
                table: "ApiClients");
        }
    }
}
