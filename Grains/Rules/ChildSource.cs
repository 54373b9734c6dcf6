namespace Scoring.Grains.Rules;

/// <summary>What a unit's children are for the caps: its direct child organizations, or else its members.</summary>
public enum ChildSource
{
    Organizations,
    Members,
}
