using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Import;

/// <summary>
/// Reads assessments.csv: each unit's own inputs (DOMAIN.md §3, §8). The header may leave out the columns the
/// year's regime does not read; a rated row must fill every column the regime requires.
/// </summary>
internal static class AssessmentsFile
{
    private const string NotRated = "not_rated";
    private const string Score = "score";
    private const string CommonScore = "common_score";
    private const string TaskScore = "task_score";
    private const string TasksTotal = "tasks_total";
    private const string TasksOnTime = "tasks_on_time";
    private const string TasksExceeded = "tasks_exceeded";
    private const string TasksLate = "tasks_late";
    private const string TasksUnfinished = "tasks_unfinished";
    private const string Politics = "politics";
    private const string Organization = "organization";
    private const string Tasks = "tasks";
    private const string Oversight = "oversight";
    private const string LeadershipDisciplined = "leadership_disciplined";
    private const string AffiliatesDisciplined = "affiliates_disciplined";
    private const string Disunity = "disunity";
    private const string TargetsMetPercent = "targets_met_percent";
    private const string CorruptionDisciplined = "corruption_disciplined";

    private static readonly CsvSchema Schema = new(
        ImportFiles.Assessments,
        [
            UnitColumn.Name, NotRated, Score, CommonScore, TaskScore, TasksTotal, TasksOnTime, TasksExceeded, TasksLate,
            TasksUnfinished, Politics, Organization, Tasks, Oversight, LeadershipDisciplined, AffiliatesDisciplined,
            Disunity, TargetsMetPercent, CorruptionDisciplined,
        ],
        [UnitColumn.Name]);

    public static Dictionary<UnitId, Assessment> Read(TextReader text, IRuleSet rules, UnitIndex? units, ImportErrors errors)
    {
        var assessments = new Dictionary<UnitId, Assessment>();
        using var table = CsvTable.Open(text, Schema, errors);
        if (table is null)
        {
            return assessments;
        }

        var unitColumn = new UnitColumn(units);
        var required = rules.RequiredColumns.Order(StringComparer.Ordinal).ToArray();
        foreach (var record in table.Records())
        {
            var cells = new CellReader(record, errors);
            var unit = unitColumn.Read(record, cells);
            var notRated = cells.Boolean(NotRated);
            var assessment = ReadValues(cells);

            if (notRated is null && record[NotRated] is not null)
            {
                // The bad not_rated cell is reported; whether the row is rated is unknown, so nothing else is checked.
                continue;
            }

            if (notRated != true)
            {
                CheckRequired(record, cells, required, rules.Name);
                CheckConsistency(assessment, cells, unit, units);
            }

            if (unit is { } id)
            {
                assessments[id] = notRated == true ? new Assessment { NotRated = true } : assessment;
            }
        }

        return assessments;
    }

    private static Assessment ReadValues(CellReader cells) => new()
    {
        Score = cells.Decimal(Score, 0m, 100m),
        CommonScore = cells.Decimal(CommonScore, 0m, 30m),
        TaskScore = cells.Decimal(TaskScore, 0m, 70m),
        TasksTotal = cells.Count(TasksTotal),
        TasksOnTime = cells.Count(TasksOnTime),
        TasksExceeded = cells.Count(TasksExceeded),
        TasksLate = cells.Count(TasksLate),
        TasksUnfinished = cells.Count(TasksUnfinished),
        Politics = cells.Grade(Politics),
        Organization = cells.Grade(Organization),
        Tasks = cells.Grade(Tasks),
        Oversight = cells.Grade(Oversight),
        LeadershipDisciplined = cells.Boolean(LeadershipDisciplined),
        AffiliatesDisciplined = cells.Count(AffiliatesDisciplined),
        Disunity = cells.Boolean(Disunity),
        TargetsMetPercent = cells.Decimal(TargetsMetPercent, 0m, 100m),
        CorruptionDisciplined = cells.Boolean(CorruptionDisciplined),
    };

    private static void CheckRequired(CsvRecord record, CellReader cells, string[] required, string ruleSet)
    {
        var scoreFromParts = record[CommonScore] is not null && record[TaskScore] is not null;
        foreach (var column in required)
        {
            if (record[column] is null && !(column == Score && scoreFromParts))
            {
                cells.Report(column, $"a rated unit needs '{column}' under the {ruleSet} rule set");
            }
        }
    }

    private static void CheckConsistency(Assessment a, CellReader cells, UnitId? unit, UnitIndex? units)
    {
        if (a is { Score: { } score, CommonScore: { } common, TaskScore: { } task } && score != common + task)
        {
            cells.Report(Score, $"{score} is not common_score {common} + task_score {task} = {common + task}");
        }

        if (a is { TasksTotal: { } total, TasksOnTime: { } onTime, TasksLate: { } late, TasksUnfinished: { } unfinished }
            && onTime + late + unfinished != total)
        {
            cells.Report(TasksTotal,
                $"{total} is not tasks_on_time {onTime} + tasks_late {late} + tasks_unfinished {unfinished} = {onTime + late + unfinished}");
        }

        if (a.TasksExceeded > a.TasksOnTime)
        {
            cells.Report(TasksExceeded, $"{a.TasksExceeded} tasks exceeded but only {a.TasksOnTime} were on time");
        }

        if (unit is { } id && units is not null && a.AffiliatesDisciplined > units.ChildOrganizations(id))
        {
            cells.Report(AffiliatesDisciplined,
                $"{a.AffiliatesDisciplined} affiliates disciplined but unit '{id}' has {units.ChildOrganizations(id)} " +
                $"direct child organizations in {ImportFiles.Units}");
        }
    }
}
