namespace Perspective.Documents.Sending;

public static class SendLimits
{
    /// <summary>The longest message that goes with a document; a note, not a letter (the letter is the file).</summary>
    public const int MaxMessageLength = 2000;
}
