using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Grains.Rules;
using Scoring.Import;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Years;

/// <summary>
/// Imports a year's folder: a new year gets its grains and read model; submitted inputs travel to their grains
/// as mail. Everything is written in one transaction, and nothing at all when any row is bad.
/// </summary>
public sealed class ImportService(IGrainStore store)
{
    public async Task<ImportOutcome> ImportFolderAsync(string folder, int year, CancellationToken cancellationToken)
    {
        var read = YearImporter.ReadFolder(folder, year);
        if (!read.Succeeded)
        {
            return ImportOutcome.Failed(read.Errors);
        }

        var import = read.Import!;
        var rules = RuleSets.ForYear(year);
        var stored = await store.LoadStatesAsync(year, cancellationToken);
        if (stored.Count == 0)
        {
            return await CreateYearAsync(import, rules, cancellationToken);
        }

        if (TreeDifference(stored, import.Units) is { } difference)
        {
            return ImportOutcome.Failed([difference]);
        }

        // With mail still waiting, a stored input may be about to change: send everything again, which is harmless.
        var settled = await store.CountMailAsync(year, cancellationToken) == 0;
        var mail = new List<Envelope>();
        var assessments = 0;
        var tallies = 0;
        foreach (var state in stored)
        {
            if (import.Assessments.TryGetValue(state.Unit, out var assessment) && (!settled || assessment != state.Assessment))
            {
                mail.Add(new Envelope(year, state.Unit, state.Depth, new AssessmentSubmitted(assessment)));
                assessments++;
            }

            if (import.Members.TryGetValue(state.Unit, out var members) && (!settled || members != state.Members))
            {
                mail.Add(new Envelope(year, state.Unit, state.Depth, new MembersSubmitted(members)));
                tallies++;
            }
        }

        await store.ImportAsync(new YearImportPlan(year, rules.Name, [], [], mail), cancellationToken);
        return new ImportOutcome([], stored.Count, false, assessments, tallies);
    }

    private async Task<ImportOutcome> CreateYearAsync(YearImport import, IRuleSet rules, CancellationToken cancellationToken)
    {
        var states = YearTree.Build(import.Year, import.Units);
        var summaries = states.Select(state => RollUp.Summarize(state, rules)).ToList();
        var mail = new List<Envelope>();
        foreach (var state in states)
        {
            if (import.Assessments.TryGetValue(state.Unit, out var assessment))
            {
                mail.Add(new Envelope(import.Year, state.Unit, state.Depth, new AssessmentSubmitted(assessment)));
            }

            if (import.Members.TryGetValue(state.Unit, out var members))
            {
                mail.Add(new Envelope(import.Year, state.Unit, state.Depth, new MembersSubmitted(members)));
            }
        }

        await store.ImportAsync(new YearImportPlan(import.Year, rules.Name, states, summaries, mail), cancellationToken);
        return new ImportOutcome([], states.Count, true, import.Assessments.Count, import.Members.Count);
    }

    private static ImportError? TreeDifference(IReadOnlyList<OrganizationState> stored, IReadOnlyList<UnitRecord> imported)
    {
        var storedUnits = stored.ToDictionary(s => s.Unit, s => new UnitRecord(s.Unit, s.Parent, s.Kind, s.Name));
        var line = 1;
        foreach (var unit in imported)
        {
            line++;
            if (!storedUnits.Remove(unit.Id, out var before))
            {
                return TreeChanged(line, $"unit '{unit.Id}' is not in the stored tree of the year");
            }

            if (before != unit)
            {
                return TreeChanged(line, $"unit '{unit.Id}' differs from the stored tree ({Describe(before)} before, {Describe(unit)} now)");
            }
        }

        return storedUnits.Count == 0
            ? null
            : TreeChanged(0, $"unit '{storedUnits.Keys.First()}' of the stored tree is missing ({storedUnits.Count} in all)");
    }

    private static ImportError TreeChanged(int line, string what) =>
        new("units.csv", line, "id", $"{what}; changing the tree of an imported year is not supported yet.");

    private static string Describe(UnitRecord unit) =>
        $"parent '{unit.Parent?.Value ?? "(root)"}', kind {unit.Kind.ToCode()}, name '{unit.Name}'";
}
