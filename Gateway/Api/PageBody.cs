using System.IO.Compression;

namespace Scoring.Gateway.Api;

/// <summary>
/// A children page's bytes as sent, and gzipped for a client that accepts it (a browser always does). The gzipped
/// bytes are made once, when first asked for, and kept with the page: the city's 50 districts are 71 KB of JSON and
/// 6.8 KB gzipped, which is what a leader's page waits for on a slow line.
/// </summary>
internal sealed class PageBody(byte[] plain)
{
    private byte[]? _gzipped;

    public byte[] Plain { get; } = plain;

    // Two requests may both make it the first time; either result is the same bytes.
    public byte[] Gzipped => _gzipped ??= Gzip(Plain);

    private static byte[] Gzip(byte[] plain)
    {
        using var output = new MemoryStream(plain.Length / 4);
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        return output.ToArray();
    }
}
