using System.Text.Json;

namespace Scoring.Gateway.Tests;

public sealed class OpenApiTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task The_OpenAPI_document_names_the_years_route_and_the_two_unit_routes()
    {
        var document = await gateway.GetJsonAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.StartsWith("3.", document.Text("openapi"), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();
        Assert.Contains("/api/v1/years", paths);
        Assert.Contains("/api/v1/years/{year}/units/{id}", paths);
        Assert.Contains("/api/v1/years/{year}/units/{id}/children", paths);
        Assert.Equal(
            "GetUnit",
            document.GetProperty("paths").GetProperty("/api/v1/years/{year}/units/{id}").GetProperty("get").Text("operationId"));
    }

    [Fact]
    public async Task A_unit_id_is_a_string_in_the_document()
    {
        var schemas = await SchemasAsync();

        Assert.Equal("string", schemas.GetProperty("UnitId").Text("type"));
        Assert.Equal("#/components/schemas/UnitId", schemas.GetProperty("UnitReport").GetProperty("properties").GetProperty("unit").Text("$ref"));
    }

    [Fact]
    public async Task A_children_page_lists_child_rows_in_the_document()
    {
        var schemas = await SchemasAsync();

        var children = schemas.GetProperty("ChildrenPage").GetProperty("properties").GetProperty("children");
        Assert.Equal("#/components/schemas/ChildRow", children.GetProperty("items").Text("$ref"));
    }

    [Theory]
    [InlineData("UnitReport", "year")]
    [InlineData("UnitReport", "version")]
    [InlineData("TallyView", "total")]
    [InlineData("TallyView", "httnvPlus")]
    [InlineData("MemberView", "disciplined")]
    [InlineData("CleanStrongView", "count")]
    [InlineData("ChildRow", "version")]
    [InlineData("ChildrenPage", "total")]
    [InlineData("ChildrenPage", "offset")]
    [InlineData("ChildrenPage", "limit")]
    public async Task A_count_is_an_integer_in_the_document_and_never_a_string(string schema, string property)
    {
        var count = (await SchemasAsync()).GetProperty(schema).GetProperty("properties").GetProperty(property);

        Assert.Equal("integer", count.Text("type"));
        Assert.False(count.TryGetProperty("pattern", out _), count.GetRawText());
    }

    private static readonly string[] NumberFormats = ["int32", "int64", "double", "float", "decimal"];

    [Fact]
    public async Task No_number_in_the_document_may_be_sent_as_a_string()
    {
        var schemas = await SchemasAsync();

        var numbers = schemas.EnumerateObject()
            .Where(schema => schema.Value.TryGetProperty("properties", out _))
            .SelectMany(schema => schema.Value.GetProperty("properties").EnumerateObject().Select(property => (Name: $"{schema.Name}.{property.Name}", Schema: property.Value)))
            .Where(property => property.Schema.TryGetProperty("format", out var format) && NumberFormats.Contains(format.GetString()!))
            .ToList();

        Assert.NotEmpty(numbers);
        Assert.All(numbers, number =>
        {
            var types = number.Schema.GetProperty("type");
            var named = types.ValueKind == JsonValueKind.Array ? types.EnumerateArray().Select(type => type.GetString()) : [types.GetString()];
            Assert.DoesNotContain("string", named);
            Assert.False(number.Schema.TryGetProperty("pattern", out _), number.Name);
        });
    }

    [Theory]
    [InlineData("/api/v1/years/{year}/units/{id}", "get")]
    [InlineData("/api/v1/years/{year}/units/{id}/children", "get")]
    [InlineData("/api/v1/years/{year}/units/{id}/assessment", "put")]
    [InlineData("/api/v1/years/{year}/units/{id}/members", "put")]
    public async Task The_year_in_an_address_is_a_four_digit_integer_and_the_id_a_string(string path, string method)
    {
        var parameters = await ParametersAsync(path, method);

        var year = parameters["year"];
        Assert.Equal(("integer", "int32"), (year.Text("type"), year.Text("format")));
        Assert.Equal((1000, 9999), (year.Int("minimum"), year.Int("maximum")));
        Assert.Equal("string", parameters["id"].Text("type"));
    }

    [Fact]
    public async Task The_children_page_s_offset_and_limit_are_integers_with_their_defaults_and_bounds()
    {
        var parameters = await ParametersAsync("/api/v1/years/{year}/units/{id}/children", "get");

        var (offset, limit) = (parameters["offset"], parameters["limit"]);
        Assert.Equal(("integer", 0, 0), (offset.Text("type"), offset.Int("minimum"), offset.Int("default")));
        Assert.False(offset.TryGetProperty("maximum", out _));
        Assert.Equal(("integer", 0, 1000, 50), (limit.Text("type"), limit.Int("minimum"), limit.Int("maximum"), limit.Int("default")));
    }

    [Fact]
    public async Task The_year_to_compare_with_is_a_four_digit_integer()
    {
        var compare = (await ParametersAsync("/api/v1/years/{year}/units/{id}", "get"))["compare"];

        Assert.Equal(("integer", "int32"), (compare.Text("type"), compare.Text("format")));
        Assert.Equal((1000, 9999), (compare.Int("minimum"), compare.Int("maximum")));
    }

    [Fact]
    public async Task The_children_page_s_order_lists_its_keys_and_desc_is_a_boolean()
    {
        var parameters = await ParametersAsync("/api/v1/years/{year}/units/{id}/children", "get");

        var (orderBy, desc) = (parameters["orderBy"], parameters["desc"]);
        Assert.Equal("string", orderBy.Text("type"));
        Assert.Equal(["id", "score", "httnvPlusShare", "khtnv"], orderBy.GetProperty("enum").EnumerateArray().Select(key => key.GetString()));
        Assert.Equal("id", orderBy.Text("default"));
        Assert.Equal("boolean", desc.Text("type"));
        Assert.False(desc.GetProperty("default").GetBoolean());
    }

    [Fact]
    public async Task The_unit_report_s_schema_has_the_comparison_with_integer_counts()
    {
        var schemas = await SchemasAsync();

        var compare = schemas.GetProperty("UnitReport").GetProperty("properties").GetProperty("compare");
        Assert.True(compare.TryGetProperty("$ref", out _) || compare.TryGetProperty("properties", out _), compare.GetRawText());
        Assert.Equal("integer", schemas.GetProperty("CountDifference").GetProperty("properties").GetProperty("difference").Text("type"));
        Assert.Equal("integer", schemas.GetProperty("YearComparison").GetProperty("properties").GetProperty("year").Text("type"));
    }

    [Theory]
    [InlineData("/api/v1/years/{year}/units/{id}", "200 304 400 404")]
    [InlineData("/api/v1/years/{year}/units/{id}/children", "200 400 404")]
    public async Task The_OpenAPI_document_says_a_unit_route_answers_problems_for_a_bad_year_and_an_unknown_unit(string path, string statuses)
    {
        var document = await gateway.GetJsonAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        var responses = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses");
        Assert.Equal(statuses.Split(' '), responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.True(responses.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    private async Task<JsonElement> SchemasAsync() =>
        (await gateway.GetJsonAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).GetProperty("components").GetProperty("schemas");

    /// <summary>The schema of each parameter of an operation, by name.</summary>
    private async Task<Dictionary<string, JsonElement>> ParametersAsync(string path, string method)
    {
        var document = await gateway.GetJsonAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        return document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("parameters").EnumerateArray()
            .ToDictionary(parameter => parameter.Text("name")!, parameter => parameter.GetProperty("schema"));
    }
}
