using Distribution.BuildingBlocks.Application.Behaviors;
using Distribution.BuildingBlocks.Infrastructure;
using Distribution.BuildingBlocks.Infrastructure.Auditing;
using Distribution.BuildingBlocks.Infrastructure.Correlation;
using Distribution.BuildingBlocks.Infrastructure.Mapping;
using Distribution.BuildingBlocks.Infrastructure.Modules;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using Distribution.Host.Demo;
using Distribution.Host.Ops;
using Distribution.Host.Setup;
using Distribution.Modules.Catalog.Application.Items.CreateItem;
using Distribution.Modules.Catalog.Contracts.Resolution;
using Distribution.Modules.Integration.Application.Subscriptions.CreateSubscription;
using Distribution.Modules.Partners.Application.ApiClients.CreateApiClient;
using Distribution.Modules.Partners.Contracts.TradingPartners;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.UseRootAppSettings();
builder.AddHubLogging();

var modules = HubModules.Enabled(builder.Configuration);
var applicationAssemblies = new[]
{
    typeof(CreateItemCommand).Assembly,
    typeof(CreateSubscriptionCommand).Assembly,
    typeof(CreateApiClientCommand).Assembly,
};

builder.Services.AddBuildingBlocks(builder.Configuration);
foreach (var module in modules)
{
    module.Register(builder.Services, builder.Configuration);
}

// The source generator sees these types at compile time and wires every handler of their assemblies.
builder.Services.AddMediator((Mediator.MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    // Contracts assemblies that declare cross-module queries are listed too: the generator wires only messages it sees here.
    options.Assemblies = [typeof(CreateItemCommand), typeof(CreateSubscriptionCommand), typeof(CreateApiClientCommand), typeof(ResolveItemQuery),
        typeof(FindEdiPartnerQuery)];
    options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>)];
});
builder.Services.AddValidatorsFromAssemblies(applicationAssemblies, ServiceLifetime.Scoped, includeInternalTypes: true);
builder.Services.AddDomainEventHandlers(applicationAssemblies);
builder.Services.AddHubMapping(applicationAssemblies);
builder.Services.AddHubSecurity(builder.Configuration);
builder.Services.AddHubRateLimiting(builder.Configuration);
builder.Services.AddHubSwagger();
// Unreadable bodies and parameters throw, so the exception handler answers with a problem naming the cause
// (by default only Development does; elsewhere the client would get a bare 400).
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
// Enums travel by name; Swashbuckle reads the MVC options to describe them, so both say the same.
builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options =>
    options.JsonSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));

var app = builder.Build();

app.UseMiddleware<CorrelationMiddleware>();
app.UseSerilogRequestLogging(options =>
    options.EnrichDiagnosticContext = (diagnostics, http) => diagnostics.Set("ClientId", http.User.Identity?.Name ?? "anonymous"));
// Outside the exception handler: the audit log records the status the client really got.
app.UseAuditLog();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseHubRateLimiting();
app.UseAuthorization();

app.UseSwagger();
app.UseSwaggerUI(options =>
{
    options.SwaggerEndpoint("/swagger/v1/swagger.json", "Distribution Integration Hub v1");
    options.EnablePersistAuthorization();
});
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", OpsEndpoints.ReadyOptions).AllowAnonymous();
app.MapOps();
app.MapHubHangfireDashboard();

// Every /api route needs an authenticated caller; each endpoint adds the scope it needs.
var api = app.MapGroup("/api/v1").RequireAuthorization();
foreach (var module in modules)
{
    module.MapEndpoints(api);
}

if (app.Configuration.GetValue<bool>("Demo:Seed"))
{
    app.MapDemoWebhookReceiver();
}

await app.RunStartupTasksAsync();
await app.RunAsync();

/// <summary>The host's entry point; public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
