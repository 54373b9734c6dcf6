using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Import;

namespace Scoring.Silo.Years;

/// <summary>How a folder's inputs differ from those the year's grains hold: what an operator wants to hear of an import.</summary>
internal sealed record InputChanges(int Renamed, int Assessments, int MemberTallies, int Decisions, int Withdrawn)
{
    public static InputChanges Between(IReadOnlyDictionary<UnitId, OrganizationState> stored, YearImport import)
    {
        int renamed = 0, assessments = 0, tallies = 0, decisions = 0, withdrawn = 0;
        foreach (var unit in import.Units)
        {
            var held = stored.GetValueOrDefault(unit.Id);
            if (held is not null && held.Name != unit.Name)
            {
                renamed++;
            }

            Count(held?.Assessment, import.Assessments.GetValueOrDefault(unit.Id), ref assessments);
            Count(held?.Members, import.Members.GetValueOrDefault(unit.Id), ref tallies);
            if (import.Decisions is { } recorded)
            {
                Count(held?.Decision, recorded.GetValueOrDefault(unit.Id), ref decisions);
            }
        }

        return new InputChanges(renamed, assessments, tallies, decisions, withdrawn);

        void Count<T>(T? before, T? after, ref int sent)
            where T : class
        {
            if (Equals(before, after))
            {
                return;
            }

            if (after is null)
            {
                withdrawn++;
            }
            else
            {
                sent++;
            }
        }
    }
}
