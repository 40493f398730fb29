using Perspective.Organisations.References;

namespace Perspective.Organisations.Groups;

/// <summary>
/// Schools by the numbers people paste: URN, or DfE number as 7 digits or <c>LLL/EEEE</c>. A DfE
/// number that two schools share (GIAS can give a closed school's number to its successor) means
/// the open one, else the newest.
/// </summary>
public sealed class SchoolReferences
{
    private readonly Dictionary<int, string> _byUrn = [];
    private readonly Dictionary<string, (string Id, bool Open, DateTime Created)> _byDfeNumber = new(StringComparer.Ordinal);

    public void Add(string id, int urn, string? dfeNumber, bool isOpen, DateTime createdUtc)
    {
        _byUrn[urn] = id;
        if (dfeNumber is null)
        {
            return;
        }

        if (!_byDfeNumber.TryGetValue(dfeNumber, out var current) || (isOpen, createdUtc).CompareTo((current.Open, current.Created)) > 0)
        {
            _byDfeNumber[dfeNumber] = (id, isOpen, createdUtc);
        }
    }

    /// <summary>The school's id, or null when the text names no school.</summary>
    public string? Resolve(string text) =>
        DfeNumbers.ParseUrn(text) is { } urn ? _byUrn.GetValueOrDefault(urn)
        : DfeNumbers.Parse(text) is { } dfeNumber ? (_byDfeNumber.TryGetValue(dfeNumber, out var found) ? found.Id : null)
        : null;
}
