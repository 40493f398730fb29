namespace Perspective.Documents.Categories;

/// <summary>The bounds on a category's answers, shared by the admin pages and the recipe step.</summary>
public static class CategoryLimits
{
    public const int MaxNameLength = 100;

    public const int MaxDescriptionLength = 500;

    public const int MinRetentionDays = 1;

    /// <summary>About a hundred years: long enough for any record a school must keep.</summary>
    public const int MaxRetentionDays = 36500;

    public const int MinSizeMB = 1;

    /// <summary>Two gibibytes: the store streams files, but a bigger letter is a mistake.</summary>
    public const int MaxSizeMB = 2048;

    public const long BytesPerMB = 1024L * 1024;
}
