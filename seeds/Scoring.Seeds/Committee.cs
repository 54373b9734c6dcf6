namespace Scoring.Seeds;

/// <summary>
/// A city or province to generate: <see cref="Id"/> is the unit it adds to (a merged province's first member),
/// <see cref="OwnCode"/> what its districts' and organizations' ids start with, kept when it is merged.
/// </summary>
internal sealed record Committee(
    string Id, string OwnCode, string Name, SeedShape Shape, UnitSetting[] UpperSettings, bool Partials);
