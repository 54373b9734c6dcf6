using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Scoring.Gateway.Api;

/// <summary>
/// The API reads the year, the year to compare with, offset and limit (of a children page or a search) from the address as text, so that a bad one is
/// a ProblemDetails naming it rather than a bare 400 from parameter binding; the document says the numbers they must
/// hold.
/// </summary>
internal sealed class NumericParametersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            parameter.Schema = (parameter.In, parameter.Name) switch
            {
                (ParameterLocation.Path, "year") => Integer(minimum: 1000, maximum: 9999, fallback: null),
                (ParameterLocation.Query, "compare") => Integer(minimum: 1000, maximum: 9999, fallback: null),
                (ParameterLocation.Query, "offset") => Integer(minimum: 0, maximum: null, fallback: 0),
                (ParameterLocation.Query, "limit") when operation.OperationId == SearchApi.SearchOperation =>
                    Integer(minimum: 1, maximum: SearchApi.MaxLimit, fallback: SearchApi.DefaultLimit),
                (ParameterLocation.Query, "limit") => Integer(minimum: 0, maximum: PageRequest.MaxLimit, fallback: PageRequest.DefaultLimit),
                _ => parameter.Schema,
            };
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Integer(int minimum, int? maximum, int? fallback) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(CultureInfo.InvariantCulture),
        Maximum = maximum?.ToString(CultureInfo.InvariantCulture),
        Default = fallback is { } value ? JsonValue.Create(value) : null,
    };
}
