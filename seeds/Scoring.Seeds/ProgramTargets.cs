namespace Scoring.Seeds;

/// <summary>
/// The verified targets of the Hanoi party committee's Program 01-CTr/TU for 2016–2020 (DOMAIN.md §7): more than
/// 50% of grassroots organizations clean and strong, more than 70% of members HTTNV+ each year. They are data, a
/// targets.csv kept with the generator and written into the city's year folders it applies to.
/// </summary>
public static class ProgramTargets
{
    public const string File = "targets.csv";

    private const string Resource = "Scoring.Seeds.Targets.program-01.csv";

    /// <summary>The years the program's verified targets cover.</summary>
    public static (int From, int To) Years { get; } = (2016, 2020);

    /// <summary>The program's targets.csv, as kept.</summary>
    public static string Csv()
    {
        using var stream = typeof(ProgramTargets).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The generator lost its embedded {Resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Writes targets.csv into a city's year folder when the program's years cover it.</summary>
    public static void WriteFor(string folder, SeedScale scale, int year)
    {
        if (scale != SeedScale.City || year < Years.From || year > Years.To)
        {
            return;
        }

        System.IO.File.WriteAllText(Path.Combine(folder, File), Csv());
    }
}
