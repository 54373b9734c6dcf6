namespace Scoring.GrainInterfaces;

/// <summary>
/// The names a rating year gives the ranks of <see cref="Level"/> (DOMAIN.md §2). Levels are stored by rank, so
/// every tally, share and roll-up is the same in every year; only the names differ. Since 2018 the ranks are
/// HTXSNV, HTTNV, HTNV and KHTNV; under R2014 (2014–2017) the top rank is TSVM (trong sạch, vững mạnh) and the
/// bottom one YK (yếu kém). Member tallies keep the 2018 names in every year.
/// </summary>
public sealed class LevelNames
{
    private readonly string[] _codes;

    private LevelNames(string name, string top, string bottom)
    {
        Name = name;
        _codes = new string[6];
        _codes[(int)Level.Pending] = "PENDING";
        _codes[(int)Level.NotRated] = "NOT_RATED";
        _codes[(int)Level.Khtnv] = bottom;
        _codes[(int)Level.Htnv] = "HTNV";
        _codes[(int)Level.Httnv] = "HTTNV";
        _codes[(int)Level.Htxsnv] = top;
    }

    /// <summary>The names of the regimes since 2018: HTXSNV, HTTNV, HTNV, KHTNV.</summary>
    public static LevelNames Since2018 { get; } = new("Since2018", "HTXSNV", "KHTNV");

    /// <summary>The names of the R2014 regime (2014–2017): TSVM, HTTNV, HTNV, YK.</summary>
    public static LevelNames R2014 { get; } = new("R2014", "TSVM", "YK");

    /// <summary>Which set of names this is, such as <c>R2014</c>.</summary>
    public string Name { get; }

    /// <summary>The code of <paramref name="level"/>'s rank in these names, such as <c>TSVM</c> for the top rank under R2014.</summary>
    public string Code(Level level) =>
        (uint)level < (uint)_codes.Length ? _codes[(int)level] : throw new ArgumentOutOfRangeException(nameof(level), level, null);

    /// <summary>The level whose code in these names is <paramref name="code"/> (exact, upper case).</summary>
    public bool TryParse(string code, out Level level)
    {
        var at = Array.IndexOf(_codes, code);
        level = at < 0 ? default : (Level)at;
        return at >= 0;
    }

    public override string ToString() => Name;
}
