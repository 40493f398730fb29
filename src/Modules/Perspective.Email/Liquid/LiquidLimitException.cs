namespace Perspective.Email.Liquid;

/// <summary>
/// A render went past one of its <see cref="LiquidLimits"/>. The message says which, in words an
/// LA admin can act on, and completes the sentence "The template ...".
/// </summary>
public sealed class LiquidLimitException : Exception
{
    public LiquidLimitException()
    {
    }

    public LiquidLimitException(string message)
        : base(message)
    {
    }

    public LiquidLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
