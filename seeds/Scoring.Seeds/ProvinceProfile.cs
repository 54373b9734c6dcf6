namespace Scoring.Seeds;

/// <summary>
/// What a province is like, which decides how many grassroots organizations its members form, how many cells
/// those have, how its districts split between urban and rural, and whether large bodies have đảng bộ bộ phận.
/// </summary>
internal enum ProvinceProfile
{
    /// <summary>Hanoi: the city-scale tree, unchanged.</summary>
    Capital,

    /// <summary>The other centrally-run cities: urban districts, large cells, a few departments with đảng bộ bộ phận.</summary>
    Metro,

    /// <summary>Industrial provinces: many companies, some large enough for đảng bộ bộ phận.</summary>
    Industrial,

    /// <summary>Lowland provinces of the deltas and the coast: mostly communes.</summary>
    Delta,

    /// <summary>Mountain and highland provinces: many small communes and schools, small cells.</summary>
    Mountain,
}
