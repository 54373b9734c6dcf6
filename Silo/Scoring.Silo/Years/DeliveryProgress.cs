namespace Scoring.Silo.Years;

/// <summary>How far a delivery has come: units delivered of the year's units.</summary>
public readonly record struct DeliveryProgress(int Delivered, int Units);
