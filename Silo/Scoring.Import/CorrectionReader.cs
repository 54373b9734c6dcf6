using System.Text;
using System.Text.Json;
using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Import;

/// <summary>
/// Reads one unit's corrected input, given as the columns of assessments.csv or members.csv (a JSON object, or a
/// one-row CSV file), with the same rules as the import. The unit's place in the tree is not known here, so the
/// checks that need it (members only where a unit has no child organizations, affiliates at most its children)
/// are left to the import of the whole folder.
/// </summary>
public static class CorrectionReader
{
    /// <summary>An assessment from a JSON object whose properties are assessments.csv's columns (without unit_id).</summary>
    public static Correction<Assessment> Assessment(UnitId unit, JsonElement body, int year) =>
        FromJson(body, json => ReadAssessment(unit, json, year));

    /// <summary>A member tally from a JSON object whose properties are members.csv's columns (without unit_id).</summary>
    public static Correction<MemberTally> Members(UnitId unit, JsonElement body) =>
        FromJson(body, json => ReadMembers(unit, json));

    /// <summary>A committee's decision from a JSON object whose properties are decisions.csv's columns (without unit_id).</summary>
    public static Correction<Decision> Decision(UnitId unit, JsonElement body, int year) =>
        FromJson(body, json => Single(
            (units, errors) => DecisionsFile.Read(new StringReader(Csv(unit, json)), RuleSets.ForYear(year).Names, units, errors), ImportFiles.Decisions));

    /// <summary>An assessment from a one-row assessments.csv (with its unit_id), as the submit command reads it.</summary>
    public static Correction<Assessment> Assessment(TextReader csv, int year) => Single(
        (units, errors) => AssessmentsFile.Read(csv, RuleSets.ForYear(year), units, errors), ImportFiles.Assessments);

    /// <summary>A member tally from a one-row members.csv (with its unit_id), as the submit command reads it.</summary>
    public static Correction<MemberTally> Members(TextReader csv) => Single(
        (units, errors) => MembersFile.Read(csv, units, errors), ImportFiles.Members);

    private static Correction<Assessment> ReadAssessment(UnitId unit, IReadOnlyDictionary<string, string> fields, int year) =>
        Single((units, errors) => AssessmentsFile.Read(new StringReader(Csv(unit, fields)), RuleSets.ForYear(year), units, errors), ImportFiles.Assessments);

    private static Correction<MemberTally> ReadMembers(UnitId unit, IReadOnlyDictionary<string, string> fields) =>
        Single((units, errors) => MembersFile.Read(new StringReader(Csv(unit, fields)), units, errors), ImportFiles.Members);

    private static Correction<T> Single<T>(Func<UnitIndex?, ImportErrors, Dictionary<UnitId, T>> read, string file)
        where T : class
    {
        var errors = new ImportErrors();
        var rows = read(null, errors);
        if (errors.Any)
        {
            return new Correction<T>(null, null, errors.ToList());
        }

        return rows.Count == 1
            ? new Correction<T>(rows.Keys.Single(), rows.Values.Single(), [])
            : new Correction<T>(null, null, [new ImportError(file, 0, null, $"a correction is one row; the file has {rows.Count}")]);
    }

    private static Correction<T> FromJson<T>(JsonElement body, Func<IReadOnlyDictionary<string, string>, Correction<T>> read)
        where T : class
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return new Correction<T>(null, null, [new ImportError("body", 0, null, "the body must be a JSON object whose properties are the file's columns")]);
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<ImportError>();
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name == UnitColumn.Name)
            {
                errors.Add(new ImportError("body", 0, property.Name, "the unit is the one in the address; leave unit_id out"));
                continue;
            }

            string? value = property.Value.ValueKind switch
            {
                JsonValueKind.Null => string.Empty,
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Number => property.Value.GetRawText(),
                _ => null,
            };
            if (value is null)
            {
                errors.Add(new ImportError("body", 0, property.Name, "a column's value is a number, a string, true, false or null"));
                continue;
            }

            fields[property.Name] = value;
        }

        return errors.Count > 0 ? new Correction<T>(null, null, errors) : read(fields);
    }

    /// <summary>The fields as a header and one row, quoted where CSV needs it.</summary>
    private static string Csv(UnitId unit, IReadOnlyDictionary<string, string> fields)
    {
        var columns = new[] { UnitColumn.Name }.Concat(fields.Keys).ToArray();
        var values = new[] { unit.Value }.Concat(fields.Values).ToArray();
        return new StringBuilder()
            .AppendJoin(',', columns.Select(Quote)).Append('\n')
            .AppendJoin(',', values.Select(Quote)).Append('\n')
            .ToString();

        static string Quote(string value) =>
            value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
