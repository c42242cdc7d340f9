using Distribution.BuildingBlocks.Application.Errors;
using Distribution.BuildingBlocks.Infrastructure.Mapping;
using Distribution.Modules.Catalog.Application.Abstractions;
using Distribution.Modules.Catalog.Application.Items;
using Distribution.Modules.Catalog.Application.Items.CreateItem;
using Distribution.Modules.Catalog.Domain.Items;
using Distribution.UnitTests.Support;
using MapsterMapper;
using Microsoft.Extensions.Time.Testing;

namespace Distribution.UnitTests.Catalog;

public sealed class CreateItemCommandHandlerTests
{
    private static readonly Mapper Mapper = new(MappingRegistration.BuildConfig(typeof(ItemDto).Assembly));

    private readonly IItemRepository _items = Substitute.For<IItemRepository>();
    private readonly ICatalogUnitOfWork _unitOfWork = UnitOfWorkSubstitute.Create<ICatalogUnitOfWork>();
    private readonly FakeTimeProvider _clock = Clock.Fake();

    private static CreateItemCommand Command => new("BLT-M8-40", "Hex bolt M8 x 40", "Zinc plated", "EA");

    [Test]
    public void Handle_WhenTheSkuIsTaken_IsAConflictAndNothingIsSaved()
    {
        _items.SkuExistsAsync("BLT-M8-40", Arg.Any<CancellationToken>()).Returns(true);

        var conflict = Assert.ThrowsAsync<ConflictException>(async () => await NewHandler().Handle(Command, CancellationToken.None));

        Assert.That(conflict!.Code, Is.EqualTo("catalog.sku-taken"));
        _items.DidNotReceiveWithAnyArgs().Add(default!);
        _unitOfWork.DidNotReceiveWithAnyArgs().CommitAsync(default);
    }

    [Test]
    public async Task Handle_WhenTheSkuIsFree_AddsTheItemAndCommits()
    {
        Item? added = null;
        _items.When(i => i.Add(Arg.Any<Item>())).Do(call => added = call.Arg<Item>());

        var dto = await NewHandler().Handle(Command, CancellationToken.None);

        Assert.That(added, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(added!.Sku, Is.EqualTo("BLT-M8-40"));
            Assert.That(added.CreatedAtUtc, Is.EqualTo(_clock.UtcNow()));
            Assert.That(added.DomainEvents.OfType<ItemCreatedDomainEvent>().Single().Sku, Is.EqualTo("BLT-M8-40"),
                "The commit dispatches this event, which publishes catalog.item-created.v1.");
            Assert.That((dto.Id, dto.Sku, dto.Name, dto.Description, dto.BaseUnit, dto.Status, dto.Version),
                Is.EqualTo((added.Id, "BLT-M8-40", "Hex bolt M8 x 40", "Zinc plated", "EA", "active", 0L)));
        }

        Received.InOrder(() =>
        {
            _items.Add(added!);
            _unitOfWork.CommitAsync(Arg.Any<CancellationToken>());
        });
    }

    private CreateItemCommandHandler NewHandler() => new(_items, _unitOfWork, Mapper, _clock);
}
