using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>Runs one grain's turn over all the mail claimed for it.</summary>
public delegate TurnResult TurnHandler(OrganizationState state, IReadOnlyList<GrainMessage> mail);
