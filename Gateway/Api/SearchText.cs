using System.Collections.Frozen;
using System.Text;

namespace Scoring.Gateway.Api;

/// <summary>
/// Text as search compares it: lower case, without diacritics, đ as d, runs of spaces as one, so that "phuong dong"
/// finds "Phường Đông". The app runs with invariant globalization, where Unicode normalization does not decompose
/// letters, so the Vietnamese (and common Latin) letters with marks are listed here.
/// </summary>
internal static class SearchText
{
    private static readonly FrozenDictionary<char, char> Bases = new Dictionary<string, char>
    {
        ["àáảãạăằắẳẵặâầấẩẫậäåā"] = 'a',
        ["èéẻẽẹêềếểễệëē"] = 'e',
        ["ìíỉĩịîïī"] = 'i',
        ["òóỏõọôồốổỗộơờớởỡợöøō"] = 'o',
        ["ùúủũụưừứửữựûüū"] = 'u',
        ["ỳýỷỹỵÿ"] = 'y',
        ["đ"] = 'd',
        ["ç"] = 'c',
        ["ñ"] = 'n',
    }.SelectMany(group => group.Key.Select(marked => KeyValuePair.Create(marked, group.Value))).ToFrozenDictionary();

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = true;
        foreach (var character in text.Trim())
        {
            if (char.IsWhiteSpace(character))
            {
                if (!space)
                {
                    builder.Append(' ');
                }

                space = true;
                continue;
            }

            var lower = char.ToLowerInvariant(character);
            builder.Append(Bases.GetValueOrDefault(lower, lower));
            space = false;
        }

        return builder.ToString();
    }
}
