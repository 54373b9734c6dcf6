using System.Security.Cryptography;
using Scoring.Silo.Access;

namespace Scoring.Silo.Storage;

/// <summary>The store's token signing keys: how a new one is made, and what a kept one must be.</summary>
internal static class SigningKeys
{
    private const int Bytes = 64;

    public static byte[] New() => RandomNumberGenerator.GetBytes(Bytes);

    public static byte[] Checked(byte[] key, string where) =>
        key.Length >= AccessTokens.MinimumKeyBytes
            ? key
            : throw new InvalidDataException($"The signing key kept at {where} is {key.Length} bytes long; delete it to have a new one made.");
}
