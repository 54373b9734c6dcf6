using System.Data.Common;
using Scoring.GrainInterfaces;

namespace Scoring.Silo.Storage;

/// <summary>Reads a unit's id, parent, kind and name from a row of <c>ListUnits</c>, the same in both stores.</summary>
internal static class StoredUnit
{
    public static UnitRecord Read(DbDataReader row)
    {
        // The stored state leaves out default values: no parent for the root, no kind for a city (the first kind).
        var parent = row.IsDBNull(1) ? (UnitId?)null : new UnitId(row.GetString(1));
        var kind = row.IsDBNull(2) ? default : Kind(row.GetString(2));
        var name = row.IsDBNull(3) ? "" : row.GetString(3);
        return new UnitRecord(new UnitId(row.GetString(0)), parent, kind, name);
    }

    private static UnitKind Kind(string code) =>
        UnitKindCodes.TryParse(code, out var kind) ? kind : throw new InvalidDataException($"A stored unit has the unknown kind '{code}'.");
}
