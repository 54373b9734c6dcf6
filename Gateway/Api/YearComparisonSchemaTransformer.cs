using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scoring.Gateway.Reports;

namespace Scoring.Gateway.Api;

/// <summary>
/// A unit report asked with <c>?compare=</c> is written by its own converter as the report followed by
/// <c>compare</c>, which the document generator cannot see; this adds <c>compare</c> to the report's schema, optional.
/// </summary>
internal sealed class YearComparisonSchemaTransformer : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(UnitReport) && context.JsonPropertyInfo is null)
        {
            var compare = await context.GetOrCreateSchemaAsync(typeof(YearComparison), cancellationToken: cancellationToken);
            compare.Description = "Only in GET /api/v1/years/{year}/units/{id}?compare={year}: the same unit in that year, each figure with the other year's value and the difference.";
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
            schema.Properties["compare"] = compare;
        }
    }
}
