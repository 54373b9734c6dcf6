using System.Globalization;
using System.Text;
using Scoring.GrainInterfaces;

namespace Scoring.Seeds;

/// <summary>
/// Writes a <see cref="SeedYear"/> in the import format of DOMAIN.md §8: UTF-8 without a byte order mark, a
/// header row, <c>\n</c> line ends, <c>.</c> decimals, <c>true</c>/<c>false</c>, and quotes only around a field
/// that needs them.
/// </summary>
internal static class SeedCsv
{
    public const string UnitsFile = "units.csv";
    public const string AssessmentsFile = "assessments.csv";
    public const string MembersFile = "members.csv";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly Dictionary<string, Func<Assessment, string>> Values = new()
    {
        ["score"] = a => Number(a.Score),
        ["common_score"] = a => Number(a.CommonScore),
        ["task_score"] = a => Number(a.TaskScore),
        ["tasks_total"] = a => Number(a.TasksTotal),
        ["tasks_on_time"] = a => Number(a.TasksOnTime),
        ["tasks_exceeded"] = a => Number(a.TasksExceeded),
        ["tasks_late"] = a => Number(a.TasksLate),
        ["tasks_unfinished"] = a => Number(a.TasksUnfinished),
        ["politics"] = a => Grade(a.Politics),
        ["organization"] = a => Grade(a.Organization),
        ["tasks"] = a => Grade(a.Tasks),
        ["oversight"] = a => Grade(a.Oversight),
        ["leadership_disciplined"] = a => Boolean(a.LeadershipDisciplined),
        ["affiliates_disciplined"] = a => Number(a.AffiliatesDisciplined),
        ["disunity"] = a => Boolean(a.Disunity),
        ["targets_met_percent"] = a => Number(a.TargetsMetPercent),
        ["corruption_disciplined"] = a => Boolean(a.CorruptionDisciplined),
    };

    public static void Write(string folder, SeedYear year)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, UnitsFile), Units(year), Utf8);
        File.WriteAllText(Path.Combine(folder, AssessmentsFile), Assessments(year), Utf8);
        File.WriteAllText(Path.Combine(folder, MembersFile), Members(year), Utf8);
    }

    public static string Units(SeedYear year)
    {
        var text = new StringBuilder();
        Line(text, ["id", "parent_id", "kind", "name"]);
        foreach (var unit in year.Units)
        {
            Line(text, [unit.Id.Value, unit.Parent?.Value ?? "", unit.Kind.ToCode(), unit.Name]);
        }

        return text.ToString();
    }

    public static string Assessments(SeedYear year)
    {
        var text = new StringBuilder();
        var columns = year.AssessmentColumns;
        Line(text, columns);
        var fields = new string[columns.Count];
        foreach (var row in year.Assessments)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                fields[i] = columns[i] switch
                {
                    "unit_id" => row.Unit.Value,
                    "not_rated" => Boolean(row.Assessment.NotRated),
                    // A not-rated row needs no other column (DOMAIN.md §8).
                    _ when row.Assessment.NotRated => "",
                    var column => Values[column](row.Assessment),
                };
            }

            Line(text, fields);
        }

        return text.ToString();
    }

    public static string Members(SeedYear year)
    {
        var text = new StringBuilder();
        Line(text, ["unit_id", "htxsnv", "httnv", "htnv", "khtnv", "not_rated", "disciplined"]);
        foreach (var (unit, m) in year.Members)
        {
            Line(text, [unit.Value, Number(m.Htxsnv), Number(m.Httnv), Number(m.Htnv), Number(m.Khtnv),
                Number(m.NotRated), Number(m.Disciplined)]);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Field(fields[i]));
        }

        text.Append('\n');
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Boolean(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => "",
    };

    private static string Grade(Grade? grade) => grade?.ToString() ?? "";
}
