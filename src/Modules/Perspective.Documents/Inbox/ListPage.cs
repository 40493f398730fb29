namespace Perspective.Documents.Inbox;

/// <summary>One page of a list: its rows, which page, and how many rows match in all.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Rows, int PageNumber, int Total)
{
    public int PageCount => ListPages.Count(Total);

    public int FirstShown => Total == 0 ? 0 : ((PageNumber - 1) * ListPages.Size) + 1;

    public int LastShown => Math.Min(PageNumber * ListPages.Size, Total);
}

/// <summary>Every list in the module shows 25 rows a page.</summary>
public static class ListPages
{
    public const int Size = 25;

    public static int Count(int total) => Math.Max(1, (total + Size - 1) / Size);

    /// <summary>Whether a page number asked for exists (page 1 always does, even when empty).</summary>
    public static bool Exists(int pageNumber, int total) => pageNumber >= 1 && pageNumber <= Count(total);

    /// <summary>The page a query string asks for: 1 when it asks for none, 0 (which never exists) when it is not a number.</summary>
    public static int Asked(string? pageNumber) =>
        string.IsNullOrEmpty(pageNumber) ? 1
        : int.TryParse(pageNumber, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
}
