namespace Scoring.Seeds;

/// <summary>Splits a total into parts of given relative weights, each within bounds, with an exact sum.</summary>
internal static class Allocation
{
    public static int[] Split(int total, IReadOnlyList<double> weights, int min, int max, Random random)
    {
        var count = weights.Count;
        if (total < count * min || total > count * max)
        {
            throw new ArgumentOutOfRangeException(
                nameof(total), total, $"{count} parts of {min} to {max} cannot sum to {total}.");
        }

        var parts = new int[count];
        Array.Fill(parts, min);
        var spare = total - count * min;
        var weightSum = weights.Sum();
        var remaining = spare;
        for (var i = 0; i < count; i++)
        {
            var share = Math.Min(max - min, (int)(spare * weights[i] / weightSum));
            parts[i] += share;
            remaining -= share;
        }

        while (remaining > 0)
        {
            var i = random.Next(count);
            if (parts[i] < max)
            {
                parts[i]++;
                remaining--;
            }
        }

        return parts;
    }
}
