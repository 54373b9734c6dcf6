namespace Scoring.Import.Tests;

/// <summary>
/// A file of a header line and a body too big to read in a test (a hundred million characters of one repeated row),
/// made up as it is read; it counts the characters handed out, to show how much of the file a reader took.
/// </summary>
internal sealed class HugeFileReader(string header, string bodyRow) : TextReader
{
    private const long BodyLength = 100_000_000;

    private readonly string _header = header + "\n";
    private readonly string _bodyRow = bodyRow + "\n";

    public long CharactersRead { get; private set; }

    public override int Peek() => CharactersRead < _header.Length + BodyLength ? CharAt(CharactersRead) : -1;

    public override int Read()
    {
        var next = Peek();
        if (next != -1)
        {
            CharactersRead++;
        }

        return next;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var count = (int)Math.Min(buffer.Length, _header.Length + BodyLength - CharactersRead);
        for (var i = 0; i < count; i++)
        {
            buffer[i] = CharAt(CharactersRead + i);
        }

        CharactersRead += count;
        return count;
    }

    private char CharAt(long position) =>
        position < _header.Length ? _header[(int)position] : _bodyRow[(int)((position - _header.Length) % _bodyRow.Length)];
}
