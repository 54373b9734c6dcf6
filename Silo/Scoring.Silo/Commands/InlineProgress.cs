namespace Scoring.Silo.Commands;

/// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>, so a progress bar moves in step.</summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
