using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Scoring.Gateway.Api;

/// <summary>
/// The children page reads orderBy and desc as text, so that a bad one is a ProblemDetails listing what it may be; the
/// document lists the same values: orderBy one of <see cref="ChildrenOrder.Keys"/>, desc a boolean. The year to compare
/// with gets its meaning here too.
/// </summary>
internal sealed class ChildrenOrderParametersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            switch ((parameter.In, parameter.Name))
            {
                case (ParameterLocation.Query, "orderBy"):
                    parameter.Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Enum = [.. ChildrenOrder.Keys.Select(key => (JsonNode)JsonValue.Create(key))],
                        Default = JsonValue.Create(ChildrenOrder.Keys[0]),
                    };
                    parameter.Description = "What ranks the children before the page is taken: id; score (the child's own); httnvPlusShare (of the rated grassroots organizations in the child's subtree); khtnv (KHTNV organizations of every kind in the child's subtree). A child without the figure comes last; equal figures go by id.";
                    break;
                case (ParameterLocation.Query, "desc"):
                    parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(false) };
                    parameter.Description = "true for the largest first; children without the figure still come last.";
                    break;
                case (ParameterLocation.Query, "compare"):
                    parameter.Description = "Another imported year: the same unit in it, with the difference of each count and share, follows as `compare`. The year itself is allowed (every difference 0).";
                    break;
            }
        }

        return Task.CompletedTask;
    }
}
