using Microsoft.Extensions.Options;

namespace Perspective.Core.Audit;

/// <summary>What to do with one refusal: record it, record that the rest of its minute goes unrecorded, or drop it.</summary>
public enum RefusalAdmission
{
    Record,
    RecordSuppression,
    Drop,
}

/// <summary>
/// Keeps a flood of refused requests from filling the audit trail: per tenant, kind and IP
/// address, at most <see cref="RefusalAuditOptions.RefusalsPerMinute"/> are recorded in a minute,
/// then one record says the rest of that minute goes unrecorded. Memory stays bounded: at most
/// <see cref="MaxTracked"/> windows are kept; when that many are open, expired ones are dropped,
/// and if none has expired the refusal is not recorded.
/// </summary>
public sealed class RefusalThrottle(TimeProvider time, IOptions<RefusalAuditOptions> options)
{
    public const int MaxTracked = 10_000;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Tenant, string Action, string Address), (DateTimeOffset Ends, int Count)> _windows = new();

    /// <summary>Counts a refusal and says whether to record it; <paramref name="windowEnds"/> is when this address's count starts again.</summary>
    public RefusalAdmission Admit(string tenant, string action, string? address, out DateTimeOffset windowEnds)
    {
        var now = time.GetUtcNow();
        var key = (tenant, action, address ?? "");
        lock (_gate)
        {
            if (!_windows.TryGetValue(key, out var window) || now >= window.Ends)
            {
                if (!_windows.ContainsKey(key) && _windows.Count >= MaxTracked && !RemoveExpired(now))
                {
                    windowEnds = now + Window;
                    return RefusalAdmission.Drop;
                }

                window = (now + Window, 0);
            }

            window.Count++;
            _windows[key] = window;
            windowEnds = window.Ends;
            var limit = Math.Max(1, options.Value.RefusalsPerMinute);
            return window.Count <= limit ? RefusalAdmission.Record
                : window.Count == limit + 1 ? RefusalAdmission.RecordSuppression
                : RefusalAdmission.Drop;
        }
    }

    /// <summary>Drops windows that have ended; whether any room was made.</summary>
    private bool RemoveExpired(DateTimeOffset now)
    {
        foreach (var key in _windows.Where(w => now >= w.Value.Ends).Select(w => w.Key).ToList())
        {
            _windows.Remove(key);
        }

        return _windows.Count < MaxTracked;
    }
}
