using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;

namespace Scoring.Grains.Tests;

/// <summary>
/// A tiny in-memory stand-in for the grain runtime: one mailbox per grain, one turn delivers all of a grain's
/// mail, and a turn's report goes to the parent's mailbox. Grains see only their own state and their mail.
/// </summary>
internal sealed class Mailbox
{
    private readonly OrganizationTurn _grain;
    private readonly Dictionary<UnitId, OrganizationState> _states;
    private readonly Dictionary<UnitId, UnitSummary> _summaries;
    private readonly Dictionary<UnitId, List<GrainMessage>> _mail = [];

    public Mailbox(IEnumerable<OrganizationState> states, IRuleSet rules)
    {
        _grain = new OrganizationTurn(rules);
        _states = states.ToDictionary(s => s.Unit);
        _summaries = _states.Values.ToDictionary(s => s.Unit, s => RollUp.Summarize(s, rules));
    }

    /// <summary>The number of turns run so far.</summary>
    public int Turns { get; private set; }

    /// <summary>The number of reports sent to parents so far.</summary>
    public int Reports { get; private set; }

    public IReadOnlyDictionary<UnitId, OrganizationState> States => _states;

    /// <summary>The read model: each grain's summary from its last turn (or from its first state).</summary>
    public IReadOnlyDictionary<UnitId, UnitSummary> Summaries => _summaries;

    public static Mailbox ForYear(SampleYear year, IRuleSet rules)
    {
        var mailbox = new Mailbox(YearTree.Build(year.Year, year.Units), rules);
        foreach (var (to, message) in year.Commands())
        {
            mailbox.Post(to, message);
        }

        return mailbox;
    }

    public void Post(UnitId to, GrainMessage message)
    {
        if (!_mail.TryGetValue(to, out var box))
        {
            _mail[to] = box = [];
        }

        box.Add(message);
    }

    /// <summary>
    /// Runs turns until no mail is left. Without <paramref name="random"/> the deepest grain with mail goes
    /// first (as a silo claims them) and its mail is delivered in the order it was posted; with it, any grain
    /// with mail may go next and its mail is shuffled. <paramref name="reportsTwice"/> delivers every report
    /// twice, as a crash after the send and before the commit would.
    /// </summary>
    public void Drain(Random? random = null, bool reportsTwice = false)
    {
        while (_mail.Keys.ToArray() is { Length: > 0 } waiting)
        {
            var unit = random is null
                ? waiting.OrderByDescending(u => _states[u].Depth).ThenBy(u => u.Value, StringComparer.Ordinal).First()
                : waiting.OrderBy(u => u.Value, StringComparer.Ordinal).ElementAt(random.Next(waiting.Length));
            var mail = _mail[unit].ToArray();
            _mail.Remove(unit);
            if (random is not null)
            {
                random.Shuffle(mail);
            }

            var result = _grain.Turn(_states[unit], mail);
            Turns++;
            _states[unit] = result.State;
            _summaries[unit] = result.Summary;
            if (result.ReportToParent is { } report)
            {
                var parent = result.State.Parent ?? throw new InvalidOperationException($"The root {unit} reported.");
                Reports++;
                Post(parent, new ChildReported(report));
                if (reportsTwice)
                {
                    Post(parent, new ChildReported(report));
                }
            }
        }
    }
}
