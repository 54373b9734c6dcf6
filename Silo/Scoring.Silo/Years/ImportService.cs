using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Grains.Rules;
using Scoring.Import;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Years;

/// <summary>
/// Imports a year's folder as the whole truth about the year's inputs. A new year gets its grains and read model;
/// for a known year the tree must be the same (names may change), and only inputs that differ from what the
/// grains hold travel as mail: changed rows are sent, removed rows withdrawn, and inputs still waiting from an
/// earlier import are replaced. Everything is written in one transaction, and nothing at all when any row is bad.
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
        ImportOutcome outcome = ImportOutcome.Failed([]);
        await store.ImportAsync(year, stored => Decide(import, rules, stored, out outcome), cancellationToken);
        return outcome;
    }

    private static YearImportPlan? Decide(YearImport import, IRuleSet rules, IReadOnlyList<OrganizationState> stored, out ImportOutcome outcome)
    {
        var isNew = stored.Count == 0;
        var grains = isNew ? YearTree.Build(import.Year, import.Units) : stored;
        if (!isNew && TreeDifference(stored, import.Units) is { } difference)
        {
            outcome = ImportOutcome.Failed([difference]);
            return null;
        }

        var names = import.Units.ToDictionary(u => u.Id, u => u.Name);
        // A new version tells clients that cache by version that the unit's report changed, if only in its name.
        var renamed = isNew
            ? []
            : stored.Where(s => s.Name != names[s.Unit]).Select(s => s with { Name = names[s.Unit], Version = s.Version + 1 }).ToList();
        var mail = new List<Envelope>();
        int assessments = 0, tallies = 0, withdrawn = 0;
        foreach (var grain in grains)
        {
            var changes = new[]
            {
                Change(grain.Assessment, import.Assessments.GetValueOrDefault(grain.Unit), a => new AssessmentSubmitted(a), new AssessmentWithdrawn()),
                Change(grain.Members, import.Members.GetValueOrDefault(grain.Unit), m => new MembersSubmitted(m), new MembersWithdrawn()),
            };
            foreach (var change in changes.OfType<GrainMessage>())
            {
                mail.Add(new Envelope(import.Year, grain.Unit, grain.Depth, change));
                switch (change)
                {
                    case AssessmentSubmitted:
                        assessments++;
                        break;
                    case MembersSubmitted:
                        tallies++;
                        break;
                    default:
                        withdrawn++;
                        break;
                }
            }
        }

        // A new year's read model starts as every unit pending; a renamed unit's keeps its figures under the new name.
        var summaries = (isNew ? grains : renamed).Select(state => RollUp.Summarize(state, rules)).ToList();
        outcome = new ImportOutcome([], grains.Count, isNew, renamed.Count, assessments, tallies, withdrawn);
        return new YearImportPlan(import.Year, rules.Name, isNew ? grains : [], renamed, summaries, mail);
    }

    /// <summary>The message that brings a grain's input to the imported one, or null when they already agree.</summary>
    private static GrainMessage? Change<T>(T? held, T? imported, Func<T, GrainMessage> submit, GrainMessage withdraw)
        where T : class =>
        Equals(held, imported) ? null : imported is null ? withdraw : submit(imported);

    private static ImportError? TreeDifference(IReadOnlyList<OrganizationState> stored, IReadOnlyList<UnitRecord> imported)
    {
        var storedUnits = stored.ToDictionary(s => s.Unit);
        var line = 1;
        foreach (var unit in imported)
        {
            line++;
            if (!storedUnits.Remove(unit.Id, out var before))
            {
                return TreeChanged(line, "id", $"unit '{unit.Id}' is not in the stored tree of {stored[0].Year}");
            }

            if (before.Parent != unit.Parent)
            {
                return TreeChanged(line, "parent_id", $"unit '{unit.Id}' was under '{before.Parent?.Value ?? "(root)"}' and is now under '{unit.Parent?.Value ?? "(root)"}'");
            }

            if (before.Kind != unit.Kind)
            {
                return TreeChanged(line, "kind", $"unit '{unit.Id}' was {before.Kind.ToCode()} and is now {unit.Kind.ToCode()}");
            }
        }

        return storedUnits.Count == 0
            ? null
            : TreeChanged(0, null, $"unit '{storedUnits.Keys.First()}' of the stored tree is missing ({storedUnits.Count} in all)");
    }

    private static ImportError TreeChanged(int line, string? column, string what) =>
        new(ImportFiles.Units, line, column, $"{what}; moving, adding or removing units of an imported year is not supported yet.");
}
