using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Distribution.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Recognises a unique-key violation on either provider, so a race on a unique key is a 409, not a 500.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>True when the save failed on a unique index or primary key.</summary>
    public static bool IsCausedBy(DbUpdateException exception) => IsUnique(exception?.InnerException);

    /// <summary>True when a statement sent without EF Core's change tracker (a set-based bulk write) failed on a unique index or primary key.</summary>
    public static bool IsCausedBy(DbException exception) => IsUnique(exception);

    private static bool IsUnique(Exception? exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };
}
