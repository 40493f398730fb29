namespace Perspective.Core.Settings;

/// <summary>One tenant setting, by key. Modules document their keys; values are strings parsed by their owner.</summary>
public sealed class SiteSetting
{
    public required string Key { get; init; }

    public required string Value { get; set; }
}
