namespace Scoring.Seeds.Tests;

internal static class RepositoryRoot
{
    /// <summary>The folder holding Scoring.sln, found from the test binaries upward.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Scoring.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Scoring.sln above {AppContext.BaseDirectory}.");
    }
}
