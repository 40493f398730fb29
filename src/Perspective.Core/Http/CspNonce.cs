using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Perspective.Core.Http;

/// <summary>The per-request nonce that the Content-Security-Policy allows for inline scripts.</summary>
public static class CspNonce
{
    private static readonly object Key = new();

    /// <summary>Returns this request's nonce, creating it on first use.</summary>
    public static string GetCspNonce(this HttpContext context)
    {
        if (context.Items.TryGetValue(Key, out var value) && value is string nonce)
        {
            return nonce;
        }

        nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[Key] = nonce;
        return nonce;
    }
}
