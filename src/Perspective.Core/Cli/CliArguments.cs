namespace Perspective.Core.Cli;

/// <summary>A verb's words: positional values and <c>--name value</c> options.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];

    public CliArguments(IEnumerable<string> words)
    {
        using var word = words.GetEnumerator();
        while (word.MoveNext())
        {
            if (word.Current.StartsWith("--", StringComparison.Ordinal))
            {
                var name = word.Current[2..];
                _options[name] = word.MoveNext() ? word.Current : throw new CliException($"--{name} needs a value.");
            }
            else
            {
                _positional.Add(word.Current);
            }
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public string? Optional(string name) => _options.GetValueOrDefault(name);

    public string Required(string name) => _options.TryGetValue(name, out var value) && value.Length > 0
        ? value
        : throw new CliException($"--{name} is required.");
}

/// <summary>Bad input on the command line: its message is printed as it is, and the verb exits with 2.</summary>
public sealed class CliException(string message) : Exception(message)
{
    public CliException()
        : this("The command is not valid.")
    {
    }

    public CliException(string message, Exception innerException)
        : this(message + " " + innerException.Message)
    {
    }
}
