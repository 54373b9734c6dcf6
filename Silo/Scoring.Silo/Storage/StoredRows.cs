using System.Data.Common;
using System.Globalization;
using Scoring.GrainInterfaces;

namespace Scoring.Silo.Storage;

/// <summary>
/// The rows both stores read back in the same columns (dead mail and the two trails), made into records in one place.
/// The stores differ only in how they keep a time: SQLite as ISO 8601 text, PostgreSQL as a timestamp.
/// </summary>
internal static class StoredRows
{
    public static DeadLetter DeadLetter(DbDataReader row) => new(
        row.GetInt64(0),
        new UnitId(row.GetString(1)),
        row.GetString(2),
        row.GetString(3),
        row.GetString(4),
        At(row, 5));

    public static DecisionAudit Decision(DbDataReader row) => new(
        row.GetInt32(0),
        new UnitId(row.GetString(1)),
        At(row, 2),
        row.GetString(3),
        row.GetString(4),
        DecisionJson.Read(row.IsDBNull(5) ? null : row.GetString(5)),
        DecisionJson.Read(row.IsDBNull(6) ? null : row.GetString(6)));

    public static CorrectionAudit Correction(DbDataReader row) => new(
        row.GetInt32(0),
        new UnitId(row.GetString(1)),
        At(row, 2),
        row.GetString(3),
        row.GetString(4),
        row.GetString(5),
        row.GetString(6),
        row.IsDBNull(7) ? null : row.GetString(7));

    private static DateTimeOffset At(DbDataReader row, int column) =>
        row.GetFieldType(column) == typeof(string)
            ? DateTimeOffset.Parse(row.GetString(column), CultureInfo.InvariantCulture)
            : row.GetFieldValue<DateTimeOffset>(column);
}
