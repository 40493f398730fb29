using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Perspective.Core.Email;
using Perspective.Email.Liquid;

namespace Perspective.Email.Templates;

/// <summary>A problem with one part of an email's wording, in words for the person who wrote it.</summary>
public sealed record EmailTemplateProblem(EmailTemplatePart Part, string Message);

/// <summary>
/// Decides whether wording may be saved for a kind of email: each part has a sensible length,
/// parses, uses only the kind's variables and the standard ones, only safe tags and filters, has
/// no scripts in its HTML, and renders with the sample values. The edit page and the
/// <c>emailTemplates</c> recipe step both use it, so a recipe can store nothing a page could not.
/// </summary>
public static partial class EmailTemplateChecker
{
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 20_000;

    private static readonly EmailTemplatePart[] Parts = [EmailTemplatePart.Subject, EmailTemplatePart.HtmlBody, EmailTemplatePart.TextBody];

    public static async Task<IReadOnlyList<EmailTemplateProblem>> CheckAsync(EmailKind kind, EmailWording wording)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(wording);
        var known = new HashSet<string>(
            EmailLiquid.StandardVariables.Concat(kind.Variables).Select(v => v.Name),
            EmailLiquid.Options.ModelNamesComparer);
        var problems = new List<EmailTemplateProblem>();
        foreach (var part in Parts)
        {
            foreach (var message in await CheckPartAsync(kind, part, wording[part], known))
            {
                problems.Add(new EmailTemplateProblem(part, message));
            }
        }

        return problems;
    }

    /// <summary>How messages name a part at the start of a sentence: "The HTML body".</summary>
    public static string Describe(EmailTemplatePart part) => part switch
    {
        EmailTemplatePart.Subject => "The subject",
        EmailTemplatePart.HtmlBody => "The HTML body",
        _ => "The text body",
    };

    private static async Task<IReadOnlyList<string>> CheckPartAsync(EmailKind kind, EmailTemplatePart part, string source, IReadOnlySet<string> known)
    {
        if (LengthProblem(part, source) is { } length)
        {
            return [length];
        }

        if (!EmailLiquid.Parser.TryParse(source, out var template, out var error))
        {
            return [ParseProblem(part, error)];
        }

        var problems = LiquidTemplateInspector.Inspect(template, known, Describe(part), encoded: part == EmailTemplatePart.HtmlBody);
        if (problems.Count > 0)
        {
            return problems;
        }

        if (part == EmailTemplatePart.HtmlBody && HtmlProblem(source) is { } html)
        {
            return [html];
        }

        return await RenderProblemAsync(kind, part, template) is { } render ? [render] : [];
    }

    private static string? LengthProblem(EmailTemplatePart part, string source)
    {
        var (name, max) = part switch
        {
            EmailTemplatePart.Subject => ("subject", MaxSubjectLength),
            EmailTemplatePart.HtmlBody => ("HTML body", MaxBodyLength),
            _ => ("text body", MaxBodyLength),
        };
        if (string.IsNullOrWhiteSpace(source))
        {
            return part == EmailTemplatePart.HtmlBody ? "Enter an HTML body" : $"Enter a {name}";
        }

        return source.Length > max
            ? $"{char.ToUpperInvariant(name[0])}{name[1..]} must be {max.ToString("N0", CultureInfo.InvariantCulture)} characters or fewer"
            : null;
    }

    /// <summary>Fluid says "End of tag '}}' was expected at (2:5)" and then repeats the source; people read "line 2, column 5".</summary>
    private static string ParseProblem(EmailTemplatePart part, string error)
    {
        var firstLine = error.Split('\n')[0].Trim();
        var match = PositionPattern().Match(firstLine);
        var what = match.Success ? match.Groups["what"].Value : firstLine;
        what = what.Length > 1 && char.IsUpper(what[0]) && char.IsLower(what[1]) ? char.ToLowerInvariant(what[0]) + what[1..] : what;
        return match.Success
            ? $"{Describe(part)} has a mistake on line {match.Groups["line"].Value}, column {match.Groups["column"].Value}: {what}"
            : $"{Describe(part)} has a mistake: {what}";
    }

    /// <summary>Mail clients strip scripts and embedded pages anyway; refusing them keeps the preview and the stored wording clean.</summary>
    private static string? HtmlProblem(string source)
    {
        if (ScriptPattern().IsMatch(source))
        {
            return "The HTML body cannot contain scripts (a <script> element, an 'on...' attribute or a 'javascript:' link)";
        }

        return EmbedPattern().IsMatch(source)
            ? "The HTML body cannot contain <iframe>, <object>, <embed> or <form> elements"
            : null;
    }

    /// <summary>Renders the part once with the sample values, so a template that cannot be filled in (a runaway loop) is never stored.</summary>
    private static async Task<string?> RenderProblemAsync(EmailKind kind, EmailTemplatePart part, IFluidTemplate template)
    {
        var samples = EmailLiquid.StandardVariables.Concat(kind.Variables).Select(v => KeyValuePair.Create(v.Name, v.Sample));
        var encoder = part == EmailTemplatePart.HtmlBody ? (TextEncoder)HtmlEncoder.Default : NullEncoder.Default;
        try
        {
            await EmailLiquid.RenderAsync(template, samples, encoder);
            return null;
        }
        catch (LiquidLimitException exception)
        {
            return LimitProblem(part, exception);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or ArithmeticException or ParseException)
        {
            return $"{Describe(part)} could not be filled in with the sample values. Check its loops and filters";
        }
    }

    /// <summary>"The HTML body cannot be filled in: it makes a piece of text longer than 500,000 characters with the 'append' filter".</summary>
    public static string LimitProblem(EmailTemplatePart part, LiquidLimitException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return $"{Describe(part)} cannot be filled in: it {exception.Message}. Make its loops shorter or build less text in them";
    }

    [GeneratedRegex(@"^(?<what>.*) at \((?<line>\d+):(?<column>\d+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPattern();

    [GeneratedRegex(@"<\s*script\b|<[^>]*\son[a-z]+\s*=|javascript\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex(@"<\s*(iframe|object|embed|form)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EmbedPattern();
}
