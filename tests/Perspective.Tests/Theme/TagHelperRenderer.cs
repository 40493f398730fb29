using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Perspective.Tests.Theme;

/// <summary>
/// Renders tag helpers the way a Razor page does, without a page: each element gets a context
/// whose items are a copy of its parent's, the helper's <c>Init</c> runs before its
/// <c>ProcessAsync</c>, and children render only when the helper asks for its content.
/// </summary>
internal static class TagHelperRenderer
{
    /// <summary>Text a hostile user might type; it must never come out as markup.</summary>
    public const string Hostile = "<script>alert('x')</script>";

    public const string HostileEncoded = "&lt;script&gt;";

    public static Task<string> RenderAsync(ITagHelper helper, string tagName, params object[] children) =>
        RenderAsync(new Element(tagName, helper, children));

    public static Task<string> RenderAsync(Element element) =>
        RenderAsync(element, new Dictionary<object, object>());

    /// <summary>A view context with the given model state, as after a failed post; empty when left out.</summary>
    public static ViewContext ViewContext(ModelStateDictionary? modelState = null) => new()
    {
        HttpContext = new DefaultHttpContext(),
        ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), modelState ?? new ModelStateDictionary()),
    };

    /// <summary>What <c>asp-for="name"</c> gives a tag helper when the model's property holds <paramref name="value"/>.</summary>
    public static ModelExpression For<T>(string name, T value) =>
        new(name, new EmptyModelMetadataProvider().GetModelExplorerForType(typeof(T), value));

    /// <summary>Model state after a post of <paramref name="attempted"/> to <paramref name="key"/>, failing with <paramref name="error"/>.</summary>
    public static ModelStateDictionary PostedWith(string key, object? attempted, string? error = null)
    {
        var modelState = new ModelStateDictionary();
        var attemptedText = attempted switch
        {
            null => null,
            string single => single,
            IEnumerable<string> many => string.Join(',', many),
            _ => attempted.ToString(),
        };
        modelState.SetModelValue(key, attempted, attemptedText);
        if (error is not null)
        {
            modelState.AddModelError(key, error);
        }

        return modelState;
    }

    /// <summary>The start tag of the element with this id, to check its attributes in any order.</summary>
    public static string StartTagWithId(string html, string id) =>
        Regex.Match(html, $"<[a-z0-9]+[^>]*\\sid=\"{Regex.Escape(id)}\"[^>]*>").Value is { Length: > 0 } tag
            ? tag
            : throw new Xunit.Sdk.XunitException($"No element with id \"{id}\" in: {html}");

    /// <summary>Every start tag of this element name, in document order.</summary>
    public static IReadOnlyList<string> StartTags(string html, string tagName) =>
        Regex.Matches(html, $"<{tagName}(\\s[^>]*)?>").Select(match => match.Value).ToList();

    private static async Task<string> RenderAsync(Element element, IDictionary<object, object> parentItems)
    {
        var attributes = new TagHelperAttributeList(element.Attributes.Select(pair => new TagHelperAttribute(pair.Key, pair.Value)));
        var context = new TagHelperContext(element.TagName, new TagHelperAttributeList(attributes), new Dictionary<object, object>(parentItems), Guid.NewGuid().ToString("N"));
        element.Helper.Init(context);

        TagHelperContent? rendered = null;
        var output = new TagHelperOutput(element.TagName, new TagHelperAttributeList(attributes), async (_, _) =>
        {
            if (rendered is null)
            {
                var content = new DefaultTagHelperContent();
                foreach (var child in element.Children)
                {
                    content.AppendHtml(child is Element nested ? await RenderAsync(nested, context.Items) : (string)child);
                }

                rendered = content;
            }

            return rendered;
        });

        await element.Helper.ProcessAsync(context, output);
        // As Razor does: a helper that leaves its content alone keeps its children.
        if (!output.IsContentModified)
        {
            output.Content.SetHtmlContent(await output.GetChildContentAsync());
        }

        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}

/// <summary>
/// An element handled by a tag helper, with the attributes the helper does not bind (which Razor
/// leaves on the output) and its children: HTML strings or further elements.
/// </summary>
internal sealed record Element(string TagName, ITagHelper Helper, params object[] Children)
{
    public IReadOnlyDictionary<string, object> Attributes { get; init; } = new Dictionary<string, object>();
}
