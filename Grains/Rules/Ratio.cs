namespace Scoring.Grains.Rules;

/// <summary>
/// A share given as a fraction, such as 1/3, compared in whole numbers so that exactly the share is exactly the
/// share (a decimal 1/3 is not).
/// </summary>
public readonly record struct Ratio
{
    public Ratio(int numerator, int denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        Numerator = numerator;
        Denominator = denominator;
    }

    public int Numerator { get; }

    public int Denominator { get; }

    /// <summary>Whether <paramref name="count"/> of <paramref name="whole"/> is more than this share of it.</summary>
    public bool IsExceededBy(int count, int whole) => (long)count * Denominator > (long)whole * Numerator;

    /// <summary>The most of <paramref name="whole"/> that are not more than this share of it.</summary>
    public int MostNotAbove(int whole) => (int)((long)whole * Numerator / Denominator);

    public override string ToString() => $"{Numerator}/{Denominator}";
}
