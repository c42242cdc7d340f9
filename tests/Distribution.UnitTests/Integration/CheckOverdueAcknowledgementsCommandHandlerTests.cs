using Distribution.BuildingBlocks.Application.Correlation;
using Distribution.Modules.Integration.Application.Abstractions;
using Distribution.Modules.Integration.Application.Edi.CheckOverdueAcknowledgements;
using Distribution.Modules.Integration.Application.Exceptions;
using Distribution.Modules.Integration.Domain.Edi;
using Distribution.Modules.Integration.Domain.Exceptions;
using Distribution.UnitTests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Distribution.UnitTests.Integration;

/// <summary>The overdue check marks each newly overdue group and raises one exception per group, then commits.</summary>
public sealed class CheckOverdueAcknowledgementsCommandHandlerTests
{
    private readonly ISentGroupRepository _groups = Substitute.For<ISentGroupRepository>();
    private readonly IExceptionCaseRepository _exceptions = Substitute.For<IExceptionCaseRepository>();
    private readonly IIntegrationUnitOfWork _unitOfWork = UnitOfWorkSubstitute.Create<IIntegrationUnitOfWork>();

    [Test]
    public async Task Handle_MarksEachOverdueGroupAndRaisesAnExceptionForIt()
    {
        var clock = Clock.Fake();
        var sent = clock.UtcNow().AddHours(-30);
        var overdue = new[]
        {
            SentGroup.Sent(Guid.NewGuid(), "C-1", "PR", "17", ["0001"], TimeSpan.FromHours(24), null, sent),
            SentGroup.Sent(Guid.NewGuid(), "S-2", "PO", "18", ["0001"], TimeSpan.FromHours(24), null, sent),
        };
        _groups.ListNewlyOverdueAsync(clock.UtcNow(), Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(overdue);
        var raised = new List<ExceptionCase>();
        _exceptions.Add(Arg.Do<ExceptionCase>(raised.Add));
        var queue = new ExceptionQueue(_exceptions, clock, Substitute.For<ICorrelationContext>(), NullLogger<ExceptionQueue>.Instance);
        var handler = new CheckOverdueAcknowledgementsCommandHandler(_groups, queue, _unitOfWork, clock);

        var count = await handler.Handle(new CheckOverdueAcknowledgementsCommand(), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(count, Is.EqualTo(2));
            Assert.That(overdue.Select(g => g.Status), Is.All.EqualTo(SentGroupStatus.Overdue));
            Assert.That(raised.Select(e => $"{e.Kind} {e.PartnerId} {e.Reference}"), Is.EqualTo(new[]
            {
                "edi.acknowledgement-overdue C-1 PR 17",
                "edi.acknowledgement-overdue S-2 PO 18",
            }));
        }

        await _unitOfWork.Received(1).CommitAsync(Arg.Any<CancellationToken>());
    }
}
