using System.Reflection;
using Distribution.BuildingBlocks.Application.Validation;
using Distribution.BuildingBlocks.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.EntityFrameworkCore;

namespace Distribution.Host.Setup;

/// <summary>
/// The length and count limits the hub enforces, gathered once from where they are enforced, so the OpenAPI document
/// states them without a second copy that could drift:
/// <list type="bullet">
/// <item>the request validators (FluentValidation <c>MaximumLength</c>/<c>Length</c> and <c>MaximumCount</c>, child
/// validators included) for the exact type they validate;</item>
/// <item>the column widths of the entity a type is named after (<c>ItemIdentifierDto</c>, <c>IdentifierBody</c> →
/// <c>ItemIdentifier</c>);</item>
/// <item>per module and property name, the same validator limits and the column widths of the module's EF Core model:
/// a response field named like a validated or stored field of its module (<c>sku</c>, <c>baseUnit</c>,
/// <c>partnerId</c>) carries that value, and where a name has several widths the largest is stated.</item>
/// </list>
/// </summary>
internal sealed class ApiLimits(IServiceProvider services)
{
    private readonly Lazy<Limits> _limits = new(() => Build(services));

    /// <summary>The maximum length of a string member of <paramref name="declaringType"/>, or of its elements.</summary>
    public int? MaxLength(Type declaringType, string member)
    {
        var limits = _limits.Value;
        if (limits.ByMember.TryGetValue((declaringType, member.ToUpperInvariant()), out var exact))
        {
            return exact;
        }

        // ItemIdentifierDto, IdentifierBody → the ItemIdentifier entity's column, before the module-wide name.
        var module = ModuleOf(declaringType);
        var stem = Stem(declaringType.Name);
        var entity = limits.Entities
            .Where(e => e.Entity == stem || (e.Module == module && e.Entity.EndsWith(stem, StringComparison.Ordinal)))
            .OrderBy(e => e.Entity.Length)
            .Select(e => e.Columns.TryGetValue(member, out var column) ? column : (int?)null)
            .FirstOrDefault(c => c is not null);
        return entity ?? (limits.ByModule.TryGetValue((module, member.ToUpperInvariant()), out var named) ? named : null);
    }

    /// <summary>The most elements a list member of <paramref name="declaringType"/> may have.</summary>
    public int? MaxItems(Type declaringType, string member) =>
        _limits.Value.ItemsByMember.TryGetValue((declaringType, member.ToUpperInvariant()), out var max) ? max : null;

    // "Distribution.Modules.Catalog.Application.Items" → "Distribution.Modules.Catalog"; building blocks are one module.
    private static string ModuleOf(Type type)
    {
        var parts = (type.Namespace ?? string.Empty).Split('.');
        return parts.Length >= 3 && parts[1] == "Modules" ? string.Join('.', parts[..3]) : string.Join('.', parts.Take(2));
    }

    private static string Stem(string typeName)
    {
        foreach (var suffix in (string[])["Dto", "Body", "Command", "Change", "Row"])
        {
            if (typeName.Length > suffix.Length && typeName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return typeName[..^suffix.Length];
            }
        }

        return typeName;
    }

    private static Limits Build(IServiceProvider services)
    {
        var limits = new Limits();
        using var scope = services.CreateScope();
        foreach (var validatorType in AppDomain.CurrentDomain.GetAssemblies()
                     .Where(a => a.GetName().Name?.StartsWith("Distribution.", StringComparison.Ordinal) == true)
                     .SelectMany(a => a.GetTypes())
                     .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t)))
        {
            if (ValidatedType(validatorType) is not null)
            {
                Read((IValidator)ActivatorUtilities.CreateInstance(scope.ServiceProvider, validatorType), limits, []);
            }
        }

        foreach (var database in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            foreach (var entity in context.Model.GetEntityTypes())
            {
                var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                foreach (var property in entity.GetProperties())
                {
                    if (property.GetMaxLength() is { } max)
                    {
                        columns[property.Name] = max;
                        limits.AddNamed(ModuleOf(entity.ClrType), property.Name, max);
                    }
                }

                limits.Entities.Add((ModuleOf(entity.ClrType), entity.ClrType.Name, columns));
            }
        }

        return limits;
    }

    private static void Read(IValidator validator, Limits limits, HashSet<Type> seen)
    {
        var validated = ValidatedType(validator.GetType());
        if (validated is null || !seen.Add(validator.GetType()))
        {
            return;
        }

        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            var member = rule.PropertyName;
            foreach (var component in rule.Components)
            {
                switch (component.Validator)
                {
                    case ILengthValidator { Max: > 0 } length when member is not null && !member.Contains('.', StringComparison.Ordinal):
                        limits.AddExact(validated, member, length.Max);
                        limits.AddNamed(ModuleOf(validated), member, length.Max);
                        break;
                    case IMaximumCountValidator count when member is not null:
                        limits.ItemsByMember[(validated, member.ToUpperInvariant())] = count.Max;
                        break;
                    case IChildValidatorAdaptor child when child.ValidatorType.GetConstructor(
                        BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is not null:
                        Read((IValidator)Activator.CreateInstance(child.ValidatorType, nonPublic: true)!, limits, seen);
                        break;
                }
            }
        }
    }

    private static Type? ValidatedType(Type validatorType) => validatorType.GetInterfaces()
        .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))?.GetGenericArguments()[0];

    private sealed class Limits
    {
        public Dictionary<(Type Type, string Member), int> ByMember { get; } = [];

        public Dictionary<(string Module, string Member), int> ByModule { get; } = [];

        public Dictionary<(Type Type, string Member), int> ItemsByMember { get; } = [];

        public List<(string Module, string Entity, Dictionary<string, int> Columns)> Entities { get; } = [];

        // Two rules on one member (create and a shared rule set) both hold, so the smaller is the limit. Names are
        // kept upper case: a rule may name its property in camelCase (OverridePropertyName).
        public void AddExact(Type type, string member, int max)
        {
            var key = (type, member.ToUpperInvariant());
            ByMember[key] = ByMember.TryGetValue(key, out var known) ? Math.Min(known, max) : max;
        }

        // One name for several fields of a module (an item's name, an attribute's name): the largest bounds them all.
        public void AddNamed(string module, string member, int max)
        {
            var key = (module, member.ToUpperInvariant());
            ByModule[key] = ByModule.TryGetValue(key, out var known) ? Math.Max(known, max) : max;
        }
    }
}
