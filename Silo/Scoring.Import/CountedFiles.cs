namespace Scoring.Import;

/// <summary>
/// The files of one folder opened for reading, counting the bytes read across all of them, so a long read can show
/// how far it has come. Two files may be read at once (the assessments and the member tallies), so the count is
/// shared and atomic.
/// </summary>
internal sealed class CountedFiles(long bytes, IProgress<ReadProgress>? progress)
{
    // Larger than the default 4 KB, so a country's 60 MB are a few thousand reads, not fifteen thousand.
    private const int BufferBytes = 64 * 1024;

    private long _read;

    // The reader's buffer is the only one: the file stream keeps none of its own (a buffer size of 1).
    public StreamReader Open(string path) => new(
        new CountingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan), this),
        System.Text.Encoding.UTF8,
        detectEncodingFromByteOrderMarks: true,
        BufferBytes);

    private void Add(int count)
    {
        if (count > 0)
        {
            progress?.Report(new ReadProgress(Interlocked.Add(ref _read, count), bytes));
        }
    }

    private sealed class CountingStream(Stream inner, CountedFiles files) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => inner.Position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            files.Add(read);
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            files.Add(read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
