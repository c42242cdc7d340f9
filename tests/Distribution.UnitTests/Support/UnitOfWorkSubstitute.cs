using Distribution.BuildingBlocks.Application.Persistence;

namespace Distribution.UnitTests.Support;

/// <summary>
/// A unit-of-work substitute that keeps the real contract: after-commit actions run when, and only when,
/// <see cref="IUnitOfWork.CommitAsync"/> succeeds. Tests can then tell "scheduled after commit" from "scheduled".
/// </summary>
internal static class UnitOfWorkSubstitute
{
    public static T Create<T>(Exception? commitFailure = null)
        where T : class, IUnitOfWork
    {
        var unitOfWork = Substitute.For<T>();
        var afterCommit = new List<Action>();
        unitOfWork.When(u => u.AfterCommit(Arg.Any<Action>())).Do(call => afterCommit.Add(call.Arg<Action>()));
        unitOfWork.CommitAsync(Arg.Any<CancellationToken>()).Returns(_ =>
        {
            if (commitFailure is not null)
            {
                return Task.FromException(commitFailure);
            }

            var actions = afterCommit.ToArray();
            afterCommit.Clear();
            foreach (var action in actions)
            {
                action();
            }

            return Task.CompletedTask;
        });
        return unitOfWork;
    }
}
