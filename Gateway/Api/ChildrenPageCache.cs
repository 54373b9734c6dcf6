using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Scoring.Gateway.Reports;
using Scoring.GrainInterfaces;

namespace Scoring.Gateway.Api;

/// <summary>
/// Children pages already answered, as the bytes sent (plain, and gzipped once a client asks for that), with the
/// children and versions they were made from. A page is answered again from here while its parent still holds the
/// same children at the same versions, which costs one grain call (the parent's list) instead of one per child and no
/// serialization; a child that changes reports to its parent, which changes what the parent holds and so the page. A
/// page in id order is made from the children on it; a page in any other order from all the children, whose figures
/// place each one. Bounded in bytes: the least used pages go first.
/// </summary>
internal sealed class ChildrenPageCache(IOptions<JsonOptions> json) : IDisposable
{
    /// <summary>The most bytes kept: a few hundred pages of 50 children.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });

    /// <summary>The page's bytes when they were made from exactly <paramref name="children"/>; null otherwise.</summary>
    public PageBody? Find(int year, UnitId unit, PageRequest page, ChildrenOrder order, IReadOnlyList<ChildVersion> children) =>
        _pages.TryGetValue(Key(year, unit, page, order), out Entry? entry) && entry!.Children.SequenceEqual(children) ? entry.Body : null;

    /// <summary>Serializes <paramref name="answer"/> as the API does and keeps it for <paramref name="children"/>.</summary>
    public PageBody Keep(int year, UnitId unit, PageRequest page, ChildrenOrder order, IReadOnlyList<ChildVersion> children, ChildrenPage answer)
    {
        var body = new PageBody(JsonSerializer.SerializeToUtf8Bytes(answer, json.Value.SerializerOptions));
        // The plain bytes, and an eighth more for the gzipped copy a browser's request adds (about a tenth of them).
        _pages.Set(Key(year, unit, page, order), new Entry(children.ToArray(), body), new MemoryCacheEntryOptions { Size = body.Plain.Length + body.Plain.Length / 8 });
        return body;
    }

    public void Dispose() => _pages.Dispose();

    private static string Key(int year, UnitId unit, PageRequest page, ChildrenOrder order) =>
        $"{year}/{unit.Value}?{page.Offset}&{page.Limit}&{order.By}&{order.Descending}";

    private sealed record Entry(ChildVersion[] Children, PageBody Body);
}
