using System.Reflection;

namespace Scoring.Silo.Storage;

/// <summary>The numbered migration scripts of a store, embedded as <c>NNNN_name.sql</c>, in order.</summary>
internal static class MigrationScripts
{
    /// <param name="resourcePrefix">The namespace of the scripts' folder, such as <c>Scoring.Silo.Storage.Sqlite.Migrations</c>.</param>
    public static IReadOnlyList<Migration> Load(Assembly assembly, string resourcePrefix)
    {
        var prefix = resourcePrefix + ".";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var file = name[prefix.Length..^".sql".Length];
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return new Migration(int.Parse(file[..4]), file[5..], reader.ReadToEnd());
            })
            .OrderBy(m => m.Version)
            .ToList();
    }

    internal sealed record Migration(int Version, string Name, string Sql);
}
