using Distribution.BuildingBlocks.Application.Behaviors;
using Distribution.BuildingBlocks.Application.Errors;
using Distribution.Modules.Catalog.Application.Items;
using Distribution.Modules.Catalog.Application.Items.CreateItem;
using FluentValidation;
using Mediator;

namespace Distribution.UnitTests.BuildingBlocks;

/// <summary>Validation reports every failing field at once, under the camelCase names clients sent.</summary>
public sealed class ValidationBehaviorTests
{
    [Test]
    public void Handle_WhenSeveralFieldsFail_ReportsThemAllAtOnceInCamelCase()
    {
        var behavior = new ValidationBehavior<CreateItemCommand, ItemDto>([new CreateItemCommandValidator()]);
        var next = NextReturning<CreateItemCommand, ItemDto>(null!);

        var failure = Assert.ThrowsAsync<RequestValidationException>(async () =>
            await behavior.Handle(new CreateItemCommand("", "", null, "each"), next.Delegate, CancellationToken.None));

        Assert.That(failure!.Errors.Keys, Is.EquivalentTo(new[] { "sku", "name", "baseUnit" }));
        Assert.That(next.Calls, Is.Zero, "An invalid request never reaches the handler.");
    }

    [Test]
    public void Handle_WhenNestedFieldsFail_NamesThemAsTheJsonPath()
    {
        var behavior = new ValidationBehavior<PlaceOrder, int>([new PlaceOrderValidator()]);
        var order = new PlaceOrder("", [new OrderLine("EA", 1), new OrderLine("", 0)]);

        var failure = Assert.ThrowsAsync<RequestValidationException>(async () =>
            await behavior.Handle(order, NextReturning<PlaceOrder, int>(1).Delegate, CancellationToken.None));

        Assert.That(failure!.Errors.Keys, Is.EquivalentTo(new[] { "customerId", "lines[1].unitCode", "lines[1].quantity" }));
    }

    [Test]
    public void Handle_WithSeveralValidators_MergesTheirFailuresWithoutDuplicateMessages()
    {
        var behavior = new ValidationBehavior<PlaceOrder, int>([new PlaceOrderValidator(), new PlaceOrderValidator(), new AtMostOneLineValidator()]);
        var order = new PlaceOrder("", [new OrderLine("EA", 1), new OrderLine("EA", 2)]);

        var failure = Assert.ThrowsAsync<RequestValidationException>(async () =>
            await behavior.Handle(order, NextReturning<PlaceOrder, int>(1).Delegate, CancellationToken.None));

        Assert.That(failure!.Errors.Keys, Is.EquivalentTo(new[] { "customerId", "lines" }));
        Assert.That(failure.Errors["customerId"], Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Handle_WhenValid_CallsTheHandlerOnceAndReturnsItsResponse()
    {
        var behavior = new ValidationBehavior<PlaceOrder, int>([new PlaceOrderValidator()]);
        var next = NextReturning<PlaceOrder, int>(42);

        var response = await behavior.Handle(new PlaceOrder("C-100", [new OrderLine("EA", 3)]), next.Delegate, CancellationToken.None);

        Assert.That(response, Is.EqualTo(42));
        Assert.That(next.Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task Handle_WithoutValidators_CallsTheHandler()
    {
        var behavior = new ValidationBehavior<PlaceOrder, int>([]);

        Assert.That(await behavior.Handle(new PlaceOrder("", []), NextReturning<PlaceOrder, int>(7).Delegate, CancellationToken.None), Is.EqualTo(7));
    }

    private static Next<TMessage, TResponse> NextReturning<TMessage, TResponse>(TResponse response)
        where TMessage : IMessage => new(response);

    public sealed record PlaceOrder(string CustomerId, IReadOnlyList<OrderLine> Lines) : ICommand<int>;

    public sealed record OrderLine(string UnitCode, int Quantity);

    private sealed class Next<TMessage, TResponse>(TResponse response)
        where TMessage : IMessage
    {
        public int Calls { get; private set; }

        public MessageHandlerDelegate<TMessage, TResponse> Delegate => (_, _) =>
        {
            Calls++;
            return ValueTask.FromResult(response);
        };
    }

    private sealed class PlaceOrderValidator : AbstractValidator<PlaceOrder>
    {
        public PlaceOrderValidator()
        {
            RuleFor(o => o.CustomerId).NotEmpty();
            RuleForEach(o => o.Lines).ChildRules(line =>
            {
                line.RuleFor(l => l.UnitCode).NotEmpty();
                line.RuleFor(l => l.Quantity).GreaterThan(0);
            });
        }
    }

    private sealed class AtMostOneLineValidator : AbstractValidator<PlaceOrder>
    {
        public AtMostOneLineValidator() => RuleFor(o => o.Lines).Must(lines => lines.Count <= 1);
    }
}
