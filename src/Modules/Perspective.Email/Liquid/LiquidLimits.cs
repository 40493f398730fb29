namespace Perspective.Email.Liquid;

/// <summary>
/// How much one Liquid render may do. Every render through <see cref="LiquidSandbox"/> is held to
/// these, so a template written by an LA admin cannot take the memory or time of a process that
/// serves every tenant. The defaults leave room for any real email many times over.
/// </summary>
public sealed record LiquidLimits
{
    public static LiquidLimits Default { get; } = new();

    /// <summary>Statements run and loop turns taken (Fluid's own count): a runaway loop stops here.</summary>
    public int MaxSteps { get; init; } = 10_000;

    /// <summary>How deeply blocks may nest.</summary>
    public int MaxRecursion { get; init; } = 50;

    /// <summary>Characters the render may write.</summary>
    public int MaxOutputLength { get; init; } = 500_000;

    /// <summary>Characters in any one value a filter, <c>capture</c> or <c>assign</c> makes.</summary>
    public int MaxStringLength { get; init; } = 500_000;

    /// <summary>Items in any one list a filter or range makes, such as <c>(1..n)</c>.</summary>
    public int MaxListLength { get; init; } = 10_000;

    /// <summary>Characters all the filters and captures of one render may make together, kept or not.</summary>
    public long MaxCharactersMade { get; init; } = 2_000_000;
}
