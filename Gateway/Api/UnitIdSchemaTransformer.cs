using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Api;

/// <summary>
/// A <see cref="UnitId"/> is written as a plain string by its own JSON converter, which the document generator cannot
/// see through (it would say nothing about the type); this says what the converter writes.
/// </summary>
internal sealed class UnitIdSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(UnitId))
        {
            schema.Type = JsonSchemaType.String;
            schema.Description = "A unit's id as units.csv names it.";
        }

        return Task.CompletedTask;
    }
}
